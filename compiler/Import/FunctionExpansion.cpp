//===- FunctionExpansion.cpp - Ops imported through their ONNX function ---===//
//
// Many ONNX ops are defined by a function body in their schema (fixed, or
// built from the node's attributes and input types: NegativeLogLikelihoodLoss,
// SoftmaxCrossEntropyLoss, MeanVarianceNormalization, the window functions,
// ...). An op without a handler of its own is imported as the nodes of that
// body, inlined: the body's formal inputs and outputs are the node's, its
// other values get names under the node's, attribute references take the
// node's attributes (or the schema's defaults), and its nodes are imported at the body's opset (so a
// body written for opset 13 keeps opset 13's meaning in a newer model).
// Bodies may use ops that are functions again.
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"

#include "onnxc/dialects/ONNX/IR/DataTypes.h"

#include "onnx/defs/schema.h"
#include "llvm/Support/SaveAndRestore.h"

using namespace mlir;

namespace onnxc {

/// The schema of `opType` at `opset` when it defines a function body.
static const onnx::OpSchema *getFunctionSchema(llvm::StringRef opType,
                                               int64_t opset) {
  const onnx::OpSchema *schema = onnx::OpSchemaRegistry::Schema(
      opType.str(), static_cast<int>(opset), "");
  if (schema && (schema->HasFunction() || schema->HasContextDependentFunction()))
    return schema;
  return nullptr;
}

bool GraphImporter::hasFunctionBody(llvm::StringRef opType,
                                    int64_t opset) const {
  return getFunctionSchema(opType, opset) != nullptr;
}

/// What a context-dependent body may ask of an input: its element type and
/// dims (a default TypeProto, "unknown", for absent inputs).
static onnx::TypeProto toTypeProto(Type type) {
  onnx::TypeProto proto;
  auto tensor = dyn_cast<TensorType>(type);
  if (!tensor) return proto;
  auto *tensorProto = proto.mutable_tensor_type();
  if (auto dtype = getOnnxDataType(tensor.getElementType()))
    tensorProto->set_elem_type(static_cast<int32_t>(*dtype));
  if (auto ranked = dyn_cast<RankedTensorType>(tensor)) {
    auto *shape = tensorProto->mutable_shape();
    for (int64_t d : ranked.getShape()) {
      auto *dim = shape->add_dim();
      if (!ShapedType::isDynamic(d)) dim->set_dim_value(d);
    }
  }
  return proto;
}

LogicalResult GraphImporter::importFunctionNode(const onnx::NodeProto &node,
                                                size_t index,
                                                NodeImport &ctx) {
  const onnx::OpSchema *schema = getFunctionSchema(node.op_type(), opset);
  if (!schema) return ctx.error("op is not supported");
  onnx::FunctionProto function;
  if (schema->HasContextDependentFunction()) {
    std::vector<onnx::TypeProto> types;
    for (Value input : ctx.inputs) types.push_back(toTypeProto(input.getType()));
    onnx::FunctionBodyBuildContextImpl build(node, types);
    std::string why;
    bool built = false;
    try {
      built = schema->BuildContextDependentFunction(build, function);
    } catch (const std::exception &e) {
      why = std::string(": ") + e.what();
    }
    if (!built)
      return ctx.error("the op's ONNX function body cannot be built for "
                       "these inputs and attributes" + why);
  } else {
    function = *schema->GetFunction();
  }

  int64_t bodyOpset = opset;
  for (const auto &import : function.opset_import())
    if (import.domain().empty() || import.domain() == "ai.onnx")
      bodyOpset = import.version();

  // Formal inputs and outputs are the node's values; everything else the
  // body defines lives under the node's name.
  std::string nodeName = node.name().empty()
                             ? node.op_type() + "#" + std::to_string(index)
                             : node.name();
  std::string prefix = nodeName + "/";
  llvm::StringMap<std::string> names;
  for (auto [i, formal] : llvm::enumerate(function.input()))
    names[formal] = i < static_cast<size_t>(node.input_size()) ? node.input(i)
                                                               : "";
  for (auto [i, formal] : llvm::enumerate(function.output()))
    names[formal] = i < static_cast<size_t>(node.output_size())
                        ? node.output(i)
                        : "";
  auto rename = [&](const std::string &name) -> std::string {
    if (name.empty()) return name;
    auto found = names.find(name);
    return found != names.end() ? found->second : prefix + name;
  };
  llvm::StringMap<const onnx::AttributeProto *> nodeAttributes;
  for (const auto &attr : node.attribute()) nodeAttributes[attr.name()] = &attr;

  llvm::SaveAndRestore<int64_t> bodyVersion(opset, bodyOpset);
  for (auto [k, body] : llvm::enumerate(function.node())) {
    onnx::NodeProto inner;
    inner.set_op_type(body.op_type());
    inner.set_domain(body.domain());
    inner.set_name(prefix + (body.name().empty()
                                 ? body.op_type() + "#" + std::to_string(k)
                                 : body.name()));
    for (const std::string &input : body.input()) {
      inner.add_input(rename(input));
      if (!input.empty()) usedNames.insert(rename(input));
    }
    for (const std::string &output : body.output())
      inner.add_output(rename(output));
    for (const auto &attr : body.attribute()) {
      if (attr.ref_attr_name().empty()) {
        *inner.add_attribute() = attr;
        continue;
      }
      // A reference to an attribute the node does not set takes the
      // schema's default, or, without one, the body op's own default.
      const onnx::AttributeProto *value = nullptr;
      auto found = nodeAttributes.find(attr.ref_attr_name());
      if (found != nodeAttributes.end()) {
        value = found->second;
      } else {
        auto declared = schema->attributes().find(attr.ref_attr_name());
        if (declared != schema->attributes().end() &&
            declared->second.default_value.type() !=
                onnx::AttributeProto::UNDEFINED)
          value = &declared->second.default_value;
      }
      if (!value) continue;
      onnx::AttributeProto *copy = inner.add_attribute();
      *copy = *value;
      copy->set_name(attr.name());
    }
    if (failed(importNode(inner, k, ctx.builder))) return failure();
  }
  return success();
}

} // namespace onnxc
