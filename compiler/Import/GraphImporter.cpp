//===- GraphImporter.cpp - ONNX graphs -> regions of onnx ops -------------===//

#include "GraphImporter.h"

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "onnx/onnx_pb.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

using namespace mlir;

namespace onnxc {

GraphImporter::GraphImporter(MLIRContext *context, StringRef modelPath,
                             int64_t opset, const ImportOptions &options)
    : context(context), modelPath(modelPath.str()),
      fileLocation(FileLineColLoc::get(context, modelPath, 0, 0)),
      opset(opset), options(options) {
  decodeOptions.modelDir = llvm::sys::path::parent_path(modelPath).str();
  if (decodeOptions.modelDir.empty()) decodeOptions.modelDir = ".";
  decodeOptions.resourceThreshold = options.resourceThreshold;
}

Location GraphImporter::nodeLoc(const onnx::NodeProto &node,
                                size_t index) const {
  std::string name = node.name();
  if (name.empty()) name = node.op_type() + "#" + std::to_string(index);
  return NameLoc::get(StringAttr::get(context, name), fileLocation);
}

Value GraphImporter::lookup(StringRef name) const {
  for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
    auto found = it->find(name);
    if (found != it->end()) return found->second;
  }
  return {};
}

void GraphImporter::define(StringRef name, Value value) {
  if (!name.empty()) scopes.back()[name] = value;
}

Value GraphImporter::getNoValue(OpBuilder &builder, Location loc) {
  return NoValueOp::create(builder, loc, builder.getNoneType());
}

//===----------------------------------------------------------------------===//
// Types and attributes
//===----------------------------------------------------------------------===//

Type GraphImporter::importType(const onnx::TypeProto &type, Location loc,
                               StringRef valueName,
                               SmallVectorImpl<Attribute> *dimParams) {
  if (!type.has_tensor_type()) {
    const char *kind = type.has_sequence_type() ? "a sequence"
                       : type.has_map_type()    ? "a map"
                       : type.has_optional_type() ? "an optional"
                       : type.has_sparse_tensor_type() ? "a sparse tensor"
                                                       : "an unknown type";
    emitError(loc) << "value '" << valueName << "' has " << kind
                   << " type; only tensors are supported";
    return {};
  }
  const auto &tensor = type.tensor_type();
  Type elementType = getElementType(context, tensor.elem_type());
  if (!elementType) {
    emitError(loc) << "value '" << valueName << "' has element type "
                   << getOnnxDataTypeName(tensor.elem_type())
                   << ", which is not supported";
    return {};
  }
  if (!tensor.has_shape()) return UnrankedTensorType::get(elementType);
  SmallVector<int64_t> dims;
  for (const auto &dim : tensor.shape().dim()) {
    if (dim.has_dim_value()) {
      // A negative declared dim (-1 in some exporters' models) is unknown,
      // as ONNX Runtime reads it.
      dims.push_back(dim.dim_value() < 0 ? ShapedType::kDynamic
                                         : dim.dim_value());
    } else {
      dims.push_back(ShapedType::kDynamic);
    }
    if (dimParams)
      dimParams->push_back(StringAttr::get(
          context, dim.has_dim_param() ? dim.dim_param() : ""));
  }
  return RankedTensorType::get(dims, elementType);
}

FailureOr<Attribute>
GraphImporter::importAttribute(const onnx::AttributeProto &attr, Location loc) {
  using AP = onnx::AttributeProto;
  Builder b(context);
  auto fail = [&](const Twine &message) -> FailureOr<Attribute> {
    emitError(loc) << "attribute '" << attr.name() << "': " << message;
    return failure();
  };
  if (!attr.ref_attr_name().empty())
    return fail("references a function attribute, which is only valid inside "
                "ONNX functions");
  auto decode = [&](const onnx::TensorProto &t) -> FailureOr<Attribute> {
    // Attribute tensors are small; decoding copies them.
    onnx::TensorProto copy = t;
    auto decoded = decodeTensor(copy, context, decodeOptions);
    if (!decoded) return fail(llvm::toString(decoded.takeError()));
    return Attribute(*decoded);
  };
  switch (attr.type()) {
  case AP::FLOAT: return Attribute(b.getF32FloatAttr(attr.f()));
  case AP::INT: return Attribute(b.getI64IntegerAttr(attr.i()));
  case AP::STRING: return Attribute(b.getStringAttr(attr.s()));
  case AP::TENSOR: return decode(attr.t());
  case AP::TYPE_PROTO: {
    Type t = importType(attr.tp(), loc, attr.name());
    if (!t) return failure();
    return Attribute(TypeAttr::get(t));
  }
  case AP::FLOATS: {
    SmallVector<Attribute> values;
    for (float f : attr.floats()) values.push_back(b.getF32FloatAttr(f));
    return Attribute(b.getArrayAttr(values));
  }
  case AP::INTS: {
    SmallVector<Attribute> values;
    for (int64_t i : attr.ints()) values.push_back(b.getI64IntegerAttr(i));
    return Attribute(b.getArrayAttr(values));
  }
  case AP::STRINGS: {
    SmallVector<Attribute> values;
    for (const std::string &s : attr.strings())
      values.push_back(b.getStringAttr(s));
    return Attribute(b.getArrayAttr(values));
  }
  case AP::TENSORS: {
    SmallVector<Attribute> values;
    for (const auto &t : attr.tensors()) {
      auto v = decode(t);
      if (failed(v)) return failure();
      values.push_back(*v);
    }
    return Attribute(b.getArrayAttr(values));
  }
  case AP::TYPE_PROTOS: {
    SmallVector<Attribute> values;
    for (const auto &tp : attr.type_protos()) {
      Type t = importType(tp, loc, attr.name());
      if (!t) return failure();
      values.push_back(TypeAttr::get(t));
    }
    return Attribute(b.getArrayAttr(values));
  }
  case AP::SPARSE_TENSOR:
  case AP::SPARSE_TENSORS: {
    // Sparse values are densified: indices are either [NNZ] linear or
    // [NNZ, rank] coordinates (ONNX's two forms).
    auto densify = [&](const onnx::SparseTensorProto &sparse)
        -> FailureOr<Attribute> {
      onnx::TensorProto values = sparse.values();
      onnx::TensorProto indices = sparse.indices();
      auto v = decodeTensor(values, context, {decodeOptions.modelDir, INT64_MAX});
      auto i = decodeTensor(indices, context, {decodeOptions.modelDir, INT64_MAX});
      if (!v) return fail(llvm::toString(v.takeError()));
      if (!i) return fail(llvm::toString(i.takeError()));
      SmallVector<int64_t> shape(sparse.dims().begin(), sparse.dims().end());
      int64_t count = 1;
      for (int64_t d : shape) count *= d;
      auto valueAttr = dyn_cast<DenseElementsAttr>(*v);
      auto indexAttr = dyn_cast<DenseIntElementsAttr>(*i);
      if (!valueAttr || !indexAttr)
        return fail("sparse tensor has unreadable values or indices");
      SmallVector<int64_t> linear;
      auto idx = llvm::to_vector(indexAttr.getValues<int64_t>());
      int64_t nnz = valueAttr.getNumElements();
      if (static_cast<int64_t>(idx.size()) == nnz) {
        linear = idx;
      } else if (static_cast<int64_t>(idx.size()) ==
                 nnz * static_cast<int64_t>(shape.size())) {
        for (int64_t k = 0; k < nnz; ++k) {
          int64_t offset = 0;
          for (size_t d = 0; d < shape.size(); ++d)
            offset = offset * shape[d] + idx[k * shape.size() + d];
          linear.push_back(offset);
        }
      } else {
        return fail("sparse tensor indices do not match its values");
      }
      auto type = RankedTensorType::get(shape, valueAttr.getElementType());
      SmallVector<Attribute> dense(
          count, b.getZeroAttr(valueAttr.getElementType()));
      auto nonzero = llvm::to_vector(valueAttr.getValues<Attribute>());
      for (auto [k, offset] : llvm::enumerate(linear)) {
        if (offset < 0 || offset >= count)
          return fail("sparse tensor index " + Twine(offset) +
                      " is out of range");
        dense[offset] = nonzero[k];
      }
      return Attribute(DenseElementsAttr::get(type, dense));
    };
    if (attr.type() == AP::SPARSE_TENSOR) return densify(attr.sparse_tensor());
    SmallVector<Attribute> values;
    for (const auto &s : attr.sparse_tensors()) {
      auto v = densify(s);
      if (failed(v)) return failure();
      values.push_back(*v);
    }
    return Attribute(b.getArrayAttr(values));
  }
  case AP::GRAPH:
  case AP::GRAPHS:
    return fail("graph attributes are imported as regions");
  default:
    return fail("has unknown attribute type " + Twine(attr.type()));
  }
}

//===----------------------------------------------------------------------===//
// Supported-op check
//===----------------------------------------------------------------------===//

void GraphImporter::collectUnsupported(const onnx::GraphProto &graph,
                                       SmallVectorImpl<std::string> &problems) {
  for (auto [index, node] : llvm::enumerate(graph.node())) {
    std::string name = node.name().empty()
                           ? node.op_type() + "#" + std::to_string(index)
                           : node.name();
    std::string why;
    if (!findHandler(node, why) && !why.empty())
      problems.push_back("node '" + name + "': " + why);
    for (const auto &attr : node.attribute()) {
      if (attr.has_g()) collectUnsupported(attr.g(), problems);
      for (const auto &g : attr.graphs()) collectUnsupported(g, problems);
    }
  }
}

const OpHandler *GraphImporter::findHandler(const onnx::NodeProto &node,
                                            std::string &why) const {
  StringRef domain = node.domain();
  int64_t first = 0;
  if (domain.empty() || domain == "ai.onnx") {
    if (opset == 0) {
      why = "op '" + node.op_type() +
            "' of the default ONNX domain, which the model does not import "
            "(no opset_import entry for \"\")";
      return nullptr;
    }
    if (const OpHandler *h = lookupOpHandler(node.op_type(), opset, first))
      return h;
    if (hasFunctionBody(node.op_type(), opset)) return nullptr;
    why = "op '" + node.op_type() + "' is not supported at opset " +
          std::to_string(opset) +
          (first ? " (defined from opset " + std::to_string(first) + ")"
                 : std::string());
    return nullptr;
  }
  auto version = domainVersions.find(domain);
  if (version == domainVersions.end()) {
    why = "op '" + node.op_type() + "' of domain '" + domain.str() +
          "', which the model does not import";
    return nullptr;
  }
  if (const OpHandler *h = lookupDomainOpHandler(domain, node.op_type(),
                                                 version->second, first))
    return h;
  why = "op '" + node.op_type() + "' of domain '" + domain.str() +
        "' is not supported" +
        (first ? " (defined from version " + std::to_string(first) + ")"
               : std::string());
  return nullptr;
}

LogicalResult GraphImporter::checkSupported(const onnx::GraphProto &graph) {
  SmallVector<std::string> problems;
  collectUnsupported(graph, problems);
  if (problems.empty()) return success();
  InFlightDiagnostic diag = emitError(fileLocation)
                            << problems.size()
                            << " node(s) use ops that onnxc does not support:";
  for (const std::string &p : problems) diag << "\n  " << p;
  return failure();
}

void GraphImporter::collectUsedNames(const onnx::GraphProto &graph) {
  for (const auto &node : graph.node()) {
    for (const std::string &input : node.input()) usedNames.insert(input);
    for (const auto &attr : node.attribute()) {
      if (attr.has_g()) collectUsedNames(attr.g());
      for (const auto &g : attr.graphs()) collectUsedNames(g);
    }
  }
  for (const auto &output : graph.output()) usedNames.insert(output.name());
}

//===----------------------------------------------------------------------===//
// Graphs
//===----------------------------------------------------------------------===//

LogicalResult GraphImporter::importInitializers(onnx::GraphProto &graph,
                                                OpBuilder &builder) {
  for (onnx::TensorProto &tensor : *graph.mutable_initializer()) {
    Location loc = NameLoc::get(builder.getStringAttr(tensor.name()),
                                fileLocation);
    auto value = decodeTensor(tensor, context, decodeOptions);
    if (!value) {
      emitError(loc) << "initializer " << llvm::toString(value.takeError());
      return failure();
    }
    define(tensor.name(),
           ConstantOp::create(builder, loc, value->getType(), *value));
  }
  return success();
}

LogicalResult GraphImporter::importNodes(const onnx::GraphProto &graph,
                                         OpBuilder &builder) {
  declared.emplace_back();
  for (const auto &info : graph.value_info()) declared.back()[info.name()] = &info;
  for (auto [index, node] : llvm::enumerate(graph.node()))
    if (failed(importNode(node, index, builder))) return failure();
  declared.pop_back();
  return success();
}

FailureOr<SmallVector<Value>>
GraphImporter::collectOutputs(const onnx::GraphProto &graph) {
  SmallVector<Value> outputs;
  for (const auto &output : graph.output()) {
    Location loc = NameLoc::get(StringAttr::get(context, output.name()),
                                fileLocation);
    Value value = lookup(output.name());
    if (!value) {
      emitError(loc) << "graph output '" << output.name()
                     << "' is not produced by any node, input or initializer";
      return failure();
    }
    if (output.has_type()) {
      Type declaredType = importType(output.type(), loc, output.name());
      if (!declaredType) return failure();
      if (!isCompatibleType(value.getType(), declaredType)) {
        emitError(loc) << "graph output '" << output.name()
                       << "' is declared as " << declaredType
                       << " but the graph computes " << value.getType();
        return failure();
      }
      Type joined = joinTypes(value.getType(), declaredType);
      if (joined != value.getType()) value.setType(joined);
    }
    outputs.push_back(value);
  }
  return outputs;
}

LogicalResult GraphImporter::importMainGraph(onnx::GraphProto &graph,
                                             ModuleOp module) {
  collectUsedNames(graph);
  scopes.emplace_back();
  OpBuilder builder(context);

  // Initializers may also be listed as inputs (IR version < 4): they are
  // constants, not function arguments.
  llvm::StringSet<> initializerNames;
  for (const auto &t : graph.initializer()) initializerNames.insert(t.name());

  SmallVector<Type> argTypes;
  SmallVector<DictionaryAttr> argAttrs;
  SmallVector<const onnx::ValueInfoProto *> args;
  for (const auto &input : graph.input()) {
    if (initializerNames.contains(input.name())) continue;
    Location loc = NameLoc::get(builder.getStringAttr(input.name()),
                                fileLocation);
    if (!input.has_type()) {
      emitError(loc) << "graph input '" << input.name() << "' has no type";
      return failure();
    }
    SmallVector<Attribute> dimParams;
    Type type = importType(input.type(), loc, input.name(), &dimParams);
    if (!type) return failure();
    argTypes.push_back(type);
    SmallVector<NamedAttribute> attrs{
        builder.getNamedAttr("onnx.name", builder.getStringAttr(input.name()))};
    if (llvm::any_of(dimParams, [](Attribute a) {
          return !cast<StringAttr>(a).getValue().empty();
        }))
      attrs.push_back(builder.getNamedAttr("onnx.dim_params",
                                           builder.getArrayAttr(dimParams)));
    argAttrs.push_back(builder.getDictionaryAttr(attrs));
    args.push_back(&input);
  }

  builder.setInsertionPointToEnd(module.getBody());
  auto func = func::FuncOp::create(builder, fileLocation, "main_graph",
                                   builder.getFunctionType(argTypes, {}));
  func.setAllArgAttrs(argAttrs);
  Block *entry = func.addEntryBlock();
  for (auto [arg, info] : llvm::zip(entry->getArguments(), args))
    define(info->name(), arg);
  builder.setInsertionPointToStart(entry);

  if (failed(importInitializers(graph, builder)) ||
      failed(importNodes(graph, builder)))
    return failure();
  auto outputs = collectOutputs(graph);
  if (failed(outputs)) return failure();
  func::ReturnOp::create(builder, fileLocation, *outputs);
  func.setType(builder.getFunctionType(argTypes, TypeRange(*outputs)));
  SmallVector<DictionaryAttr> resultAttrs;
  for (const auto &output : graph.output())
    resultAttrs.push_back(builder.getDictionaryAttr(builder.getNamedAttr(
        "onnx.name", builder.getStringAttr(output.name()))));
  func.setAllResultAttrs(resultAttrs);
  scopes.pop_back();
  return success();
}

LogicalResult GraphImporter::importSubgraph(const onnx::GraphProto &constGraph,
                                            Region &region,
                                            ArrayRef<Type> fallbackArgTypes) {
  // The model is owned by the import; its subgraphs' weights move out too.
  auto &graph = const_cast<onnx::GraphProto &>(constGraph);
  scopes.emplace_back();
  Block *block = new Block();
  region.push_back(block);
  OpBuilder builder = OpBuilder::atBlockBegin(block);
  for (auto [i, input] : llvm::enumerate(graph.input())) {
    Location loc = NameLoc::get(builder.getStringAttr(input.name()),
                                fileLocation);
    Type type;
    Type fallback =
        i < fallbackArgTypes.size() ? fallbackArgTypes[i] : Type();
    if (input.has_type() && input.type().has_tensor_type() &&
        input.type().tensor_type().elem_type() != 0)
      type = importType(input.type(), loc, input.name());
    else
      type = fallback;
    // A declared type without a shape takes the rank the op gives.
    if (type && fallback && isa<UnrankedTensorType>(type) &&
        isa<RankedTensorType>(fallback) &&
        getElementType(type) == getElementType(fallback))
      type = fallback;
    if (!type) {
      emitError(loc) << "subgraph '" << graph.name() << "' input '"
                     << input.name() << "' has no usable type";
      return failure();
    }
    if (i < fallbackArgTypes.size() && fallbackArgTypes[i] &&
        !isCompatibleType(type, fallbackArgTypes[i]) &&
        !isCompatibleType(fallbackArgTypes[i], type)) {
      emitError(loc) << "subgraph input '" << input.name() << "' is declared as "
                     << type << " but receives " << fallbackArgTypes[i];
      return failure();
    }
    define(input.name(), block->addArgument(type, loc));
  }
  if (failed(importInitializers(graph, builder)) ||
      failed(importNodes(graph, builder)))
    return failure();
  auto outputs = collectOutputs(graph);
  if (failed(outputs)) return failure();
  YieldOp::create(builder, fileLocation, *outputs);
  scopes.pop_back();
  return success();
}

//===----------------------------------------------------------------------===//
// Nodes
//===----------------------------------------------------------------------===//

LogicalResult GraphImporter::importNode(const onnx::NodeProto &node,
                                        size_t index, OpBuilder &builder) {
  Location loc = nodeLoc(node, index);
  NodeImport ctx{*this, node, opset, loc, builder};
  for (const std::string &name : node.input()) {
    if (name.empty()) {
      ctx.inputs.push_back(getNoValue(builder, loc));
      continue;
    }
    Value value = lookup(name);
    if (!value)
      return ctx.error("input '" + name +
                       "' is not a graph input, an initializer or the output "
                       "of an earlier node");
    ctx.inputs.push_back(value);
  }
  for (const auto &attr : node.attribute()) {
    if (attr.type() == onnx::AttributeProto::GRAPH || attr.has_g()) {
      ctx.graphs[attr.name()] = &attr.g();
      continue;
    }
    if (attr.type() == onnx::AttributeProto::GRAPHS)
      return ctx.error("attribute '" + attr.name() +
                       "' holds a list of graphs, which no supported op takes");
    auto converted = importAttribute(attr, loc);
    if (failed(converted)) return failure();
    ctx.attributes.push_back(
        builder.getNamedAttr(attr.name(), *converted));
  }
  std::string why;
  const OpHandler *handler = findHandler(node, why);
  if (!handler) {
    if (!why.empty()) return ctx.error(why);
    return importFunctionNode(node, index, ctx);
  }
  if (failed(runOpHandler(*handler, ctx))) return failure();

  for (auto [i, name] : llvm::enumerate(node.output())) {
    if (name.empty()) continue;
    Value value = i < ctx.outputs.size() ? ctx.outputs[i] : Value();
    if (!value) {
      if (usedNames.contains(name))
        return ctx.error("output #" + Twine(i) + " ('" + name +
                         "') is not supported by onnxc, but the model uses it");
      continue;
    }
    // value_info: the model's own claim about this value.
    for (auto it = declared.rbegin(); it != declared.rend(); ++it) {
      auto found = it->find(name);
      if (found == it->end()) continue;
      const onnx::ValueInfoProto *info = found->second;
      if (!info->has_type() || !info->type().has_tensor_type()) break;
      Type claimed = importType(info->type(), loc, name);
      if (!claimed) return failure();
      if (!isCompatibleType(value.getType(), claimed))
        return ctx.error("value_info declares output '" + name + "' as " +
                         llvm::formatv("{0}", claimed).str() +
                         " but the op computes " +
                         llvm::formatv("{0}", value.getType()).str());
      Type joined = joinTypes(value.getType(), claimed);
      // Only results the op itself defines are refined.
      if (joined != value.getType() && value.getDefiningOp() &&
          !isa<ConstantOp>(value.getDefiningOp()))
        value.setType(joined);
      break;
    }
    define(name, value);
  }
  return success();
}

} // namespace onnxc
