//===- ShapeInference.cpp - Refine ONNX result types ----------------------===//

#include "onnxc/dialects/ONNX/Transforms/Passes.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_ONNXSHAPEINFERENCEPASS
#include "onnxc/dialects/ONNX/Transforms/Passes.h.inc"

LogicalResult refineTypes(func::FuncOp func, bool &changed) {
  changed = false;
  // Post-order: an op's regions are refined before the op reads their
  // terminators, and ops in a block are visited in order.
  WalkResult walk = func.walk<WalkOrder::PostOrder>([&](Operation *op) {
    auto iface = dyn_cast<InferResultTypes>(op);
    if (!iface) return WalkResult::advance();
    SmallVector<Type> inferred;
    if (failed(iface.inferResultTypes(inferred, op->getLoc())))
      return WalkResult::interrupt();
    if (inferred.size() != op->getNumResults()) {
      op->emitOpError("inferred ") << inferred.size() << " result types for "
                                   << op->getNumResults() << " results";
      return WalkResult::interrupt();
    }
    for (auto [result, type] : llvm::zip(op->getResults(), inferred)) {
      if (!isCompatibleType(result.getType(), type)) {
        op->emitOpError("result type ")
            << result.getType() << " contradicts the inferred type " << type;
        return WalkResult::interrupt();
      }
      Type joined = joinTypes(result.getType(), type);
      if (joined != result.getType()) {
        result.setType(joined);
        changed = true;
      }
    }
    return WalkResult::advance();
  });
  if (walk.wasInterrupted()) return failure();

  // The signature follows the returned values.
  Operation *ret = func.getBody().front().getTerminator();
  auto type = FunctionType::get(func.getContext(), func.getArgumentTypes(),
                                ret->getOperandTypes());
  if (type != func.getFunctionType()) {
    func.setType(type);
    changed = true;
  }
  return success();
}

namespace {
struct ONNXShapeInferencePass
    : impl::ONNXShapeInferencePassBase<ONNXShapeInferencePass> {
  void runOnOperation() override {
    bool changed;
    if (failed(refineTypes(getOperation(), changed))) signalPassFailure();
  }
};
} // namespace

} // namespace onnxc
