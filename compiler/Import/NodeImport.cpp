//===- NodeImport.cpp - What an op handler sees of one ONNX node ----------===//

#include "NodeImport.h"
#include "GraphImporter.h"

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "onnx/onnx_pb.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;

namespace onnxc {

LogicalResult NodeImport::error(const Twine &message) const {
  emitError(loc) << "node '" << cast<NameLoc>(loc).getName().getValue()
                 << "' (" << node.op_type() << "): " << message;
  return failure();
}

Attribute NodeImport::getAttr(StringRef name) const {
  for (const NamedAttribute &a : attributes)
    if (a.getName() == name) return a.getValue();
  return {};
}

std::optional<int64_t> NodeImport::getInt(StringRef name) const {
  if (auto attr = dyn_cast_if_present<IntegerAttr>(getAttr(name)))
    return attr.getInt();
  return std::nullopt;
}

std::optional<SmallVector<int64_t>> NodeImport::getInts(StringRef name) const {
  auto array = dyn_cast_if_present<ArrayAttr>(getAttr(name));
  if (!array) return std::nullopt;
  SmallVector<int64_t> out;
  for (Attribute a : array) {
    auto i = dyn_cast<IntegerAttr>(a);
    if (!i) return std::nullopt;
    out.push_back(i.getInt());
  }
  return out;
}

Attribute NodeImport::takeAttr(StringRef name) {
  for (auto it = attributes.begin(); it != attributes.end(); ++it) {
    if (it->getName() != name) continue;
    Attribute value = it->getValue();
    attributes.erase(it);
    return value;
  }
  return {};
}

Value NodeImport::noValue() { return graph.getNoValue(builder, loc); }

Value NodeImport::constantI64(ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                    builder.getI64Type());
  auto attr = DenseIntElementsAttr::get(type, values);
  return ConstantOp::create(builder, loc, type, attr);
}

Value NodeImport::constantScalar(Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  Attribute element;
  if (auto ft = dyn_cast<FloatType>(elementType))
    element = builder.getFloatAttr(ft, value);
  else
    element = builder.getIntegerAttr(elementType, static_cast<int64_t>(value));
  return ConstantOp::create(builder, loc, type,
                            DenseElementsAttr::get(type, element));
}

Operation *NodeImport::build(StringRef name, ValueRange operands,
                             ArrayRef<NamedAttribute> attrs,
                             unsigned numResults, unsigned numRegions) {
  OperationState state(loc, name);
  state.addOperands(operands);
  state.addAttributes(attrs);
  // Placeholder types until inference: they satisfy the ODS constraints.
  state.addTypes(SmallVector<Type>(
      numResults, UnrankedTensorType::get(builder.getF32Type())));
  for (unsigned i = 0; i < numRegions; ++i) state.addRegion();
  return builder.create(state);
}

LogicalResult
NodeImport::finish(Operation *op, ArrayRef<const onnx::GraphProto *> regions,
                   ArrayRef<SmallVector<Type>> regionArgTypes,
                   function_ref<LogicalResult()> verifyODS) {
  for (auto [i, graphProto] : llvm::enumerate(regions)) {
    ArrayRef<Type> argTypes;
    if (i < regionArgTypes.size()) argTypes = regionArgTypes[i];
    if (failed(graph.importSubgraph(*graphProto, op->getRegion(i), argTypes)))
      return failure();
  }
  // Diagnostics of ODS checks and inference are reported once, prefixed with
  // the node.
  std::string message;
  LogicalResult result = success();
  {
    ScopedDiagnosticHandler capture(op->getContext(), [&](Diagnostic &diag) {
      if (message.empty()) message = diag.str();
      return success();
    });
    SmallVector<Type> types;
    result = verifyODS();
    if (succeeded(result))
      result = cast<InferResultTypes>(op).inferResultTypes(types, loc);
    if (succeeded(result)) {
      if (types.size() != op->getNumResults()) {
        message = "inferred the wrong number of results";
        result = failure();
      } else {
        for (auto [r, t] : llvm::zip(op->getResults(), types)) r.setType(t);
      }
    }
  }
  if (failed(result)) {
    op->erase();
    return error(message.empty() ? "is invalid" : message);
  }
  return success();
}

} // namespace onnxc
