//===- InferControlFlowOps.cpp - Result types of If, Loop and Scan --------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

/// The least specific type both `a` and `b` are instances of, or null when
/// their element types differ.
static Type generalize(Type a, Type b) {
  Type ea = onnxc::getElementType(a), eb = onnxc::getElementType(b);
  if (ea != eb) return {};
  MaybeShape sa = onnxc::getShape(a), sb = onnxc::getShape(b);
  if (!sa || !sb || sa->size() != sb->size())
    return UnrankedTensorType::get(ea);
  SmallVector<int64_t> out;
  for (auto [x, y] : llvm::zip(*sa, *sb)) out.push_back(x == y ? x : kDyn);
  return RankedTensorType::get(out, ea);
}

static Operation *getTerminator(Region &region) {
  if (region.empty() || region.front().empty()) return nullptr;
  return region.front().getTerminator();
}

static LogicalResult expectScalar(Value v, Type elementType, StringRef name,
                                  OptLoc loc) {
  if (isNoValue(v)) return success();
  if (onnxc::getElementType(v.getType()) != elementType)
    return emitOptionalError(loc, "'", name, "' must have element type ",
                             elementType);
  MaybeShape s = onnxc::getShape(v.getType());
  if (s && !(s->empty() || (s->size() == 1 && (*s)[0] == 1)))
    return emitOptionalError(loc, "'", name, "' must hold a single element");
  return success();
}

LogicalResult IfOp::inferResultTypes(TypeList &types, OptLoc loc) {
  if (failed(expectScalar(getCond(), IntegerType::get(getContext(), 1), "cond",
                          loc)))
    return failure();
  Operation *thenYield = getTerminator(getThenBranch());
  Operation *elseYield = getTerminator(getElseBranch());
  if (!thenYield || !elseYield)
    return emitOptionalError(loc, "both branches must end in onnx.Yield");
  if (thenYield->getNumOperands() != getNumResults() ||
      elseYield->getNumOperands() != getNumResults())
    return emitOptionalError(loc, "then_branch yields ",
                             thenYield->getNumOperands(), " values and "
                             "else_branch ", elseYield->getNumOperands(),
                             " for ", getNumResults(), " outputs");
  types.clear();
  for (auto [i, pair] : llvm::enumerate(llvm::zip(
           thenYield->getOperandTypes(), elseYield->getOperandTypes()))) {
    Type t = generalize(std::get<0>(pair), std::get<1>(pair));
    if (!t)
      return emitOptionalError(loc, "branches yield different element types "
                                    "for output #", i);
    types.push_back(t);
  }
  return success();
}

LogicalResult LoopOp::inferResultTypes(TypeList &types, OptLoc loc) {
  MLIRContext *ctx = getContext();
  if (failed(expectScalar(getM(), IntegerType::get(ctx, 64), "M", loc)) ||
      failed(expectScalar(getCond(), IntegerType::get(ctx, 1), "cond", loc)))
    return failure();
  Block &body = getBody().front();
  size_t carried = getVInitial().size();
  if (body.getNumArguments() != carried + 2)
    return emitOptionalError(loc, "body takes ", body.getNumArguments(),
                             " arguments; expected iteration count, condition "
                             "and ", carried, " loop-carried values");
  Operation *yield = getTerminator(getBody());
  if (!yield || yield->getNumOperands() < carried + 1)
    return emitOptionalError(loc, "body must yield the condition and ",
                             carried, " loop-carried values");
  size_t scans = yield->getNumOperands() - 1 - carried;
  if (getNumResults() != carried + scans)
    return emitOptionalError(loc, "has ", getNumResults(), " outputs; body "
                             "gives ", carried, " carried and ", scans,
                             " scan outputs");
  types.clear();
  for (size_t i = 0; i < carried; ++i) {
    Type t = generalize(getVInitial()[i].getType(),
                        yield->getOperand(1 + i).getType());
    if (!t)
      return emitOptionalError(loc, "loop-carried value #", i,
                               " changes element type in the body");
    types.push_back(t);
  }
  for (size_t i = 0; i < scans; ++i) {
    Type t = yield->getOperand(1 + carried + i).getType();
    MaybeShape s = onnxc::getShape(t);
    if (s) s->insert(s->begin(), kDyn);
    types.push_back(makeTensorType(s, onnxc::getElementType(t)));
  }
  return success();
}

LogicalResult ScanOp::inferResultTypes(TypeList &types, OptLoc loc) {
  int64_t numScanInputs = getNumScanInputs();
  auto inputs = getInitialStateAndScanInputs();
  if (numScanInputs < 1 || numScanInputs > static_cast<int64_t>(inputs.size()))
    return emitOptionalError(loc, "num_scan_inputs (", numScanInputs,
                             ") must be in [1, ", inputs.size(), "]");
  size_t states = inputs.size() - numScanInputs;
  Operation *yield = getTerminator(getBody());
  if (!yield || yield->getNumOperands() < states)
    return emitOptionalError(loc, "body must yield the ", states,
                             " state values first");
  size_t scans = yield->getNumOperands() - states;
  SmallVector<int64_t> inputAxes =
      getI64Array(getScanInputAxesAttr(), numScanInputs, 0);
  SmallVector<int64_t> outputAxes =
      getI64Array(getScanOutputAxesAttr(), scans, 0);
  if (inputAxes.size() != static_cast<size_t>(numScanInputs) ||
      outputAxes.size() != scans)
    return emitOptionalError(loc, "scan axes lists do not match the number of "
                                  "scan inputs and outputs");
  int64_t length = kDyn;
  MaybeShape first = onnxc::getShape(inputs[states].getType());
  if (first) {
    int64_t axis = inputAxes[0];
    if (failed(normalizeAxis(axis, first->size(), loc))) return failure();
    length = (*first)[axis];
  }
  types.clear();
  for (size_t i = 0; i < states; ++i) types.push_back(inputs[i].getType());
  for (size_t i = 0; i < scans; ++i) {
    Type t = yield->getOperand(states + i).getType();
    MaybeShape s = onnxc::getShape(t);
    if (s) {
      int64_t axis = outputAxes[i];
      if (failed(normalizeAxis(axis, s->size() + 1, loc))) return failure();
      s->insert(s->begin() + axis, length);
    }
    types.push_back(makeTensorType(s, onnxc::getElementType(t)));
  }
  return success();
}

} // namespace onnxc
