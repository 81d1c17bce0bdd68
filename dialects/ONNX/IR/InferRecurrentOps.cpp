//===- InferRecurrentOps.cpp - Shapes of RNN, GRU and LSTM ----------------===//
//
// The three recurrent layers share one shape function: X is [seq, batch,
// input] ([batch, seq, input] with layout=1), W/R/B hold `gates` blocks of
// hidden_size rows per direction, and every operand must agree on seq, batch,
// input, hidden and the number of directions. The activations are checked
// here too, so that a bad name is reported at import with the node.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"

#include "llvm/ADT/StringSwitch.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

namespace {
/// What the shape function needs of one recurrent op.
struct RecurrentSignature {
  StringRef name;
  int64_t gates;       // 1 (RNN), 3 (GRU), 4 (LSTM)
  int64_t activations; // per direction: 1, 2, 3
};
} // namespace

FailureOr<int64_t> getRecurrentDirections(StringRef direction) {
  if (direction == "forward" || direction == "reverse")
    return 1;
  if (direction == "bidirectional")
    return 2;
  return failure();
}

bool isRecurrentActivation(StringRef name) {
  return llvm::StringSwitch<bool>(name.lower())
      .Cases({"relu", "tanh", "sigmoid", "affine", "leakyrelu",
              "thresholdedrelu", "scaledtanh", "hardsigmoid", "elu", "softsign",
              "softplus"},
             true)
      .Default(false);
}

/// Requires `shape` (when known) to have `expected` dims, each agreeing with
/// the expected size where both are known; fills in the unknown expected
/// sizes from the shape.
static LogicalResult matchDims(const MaybeShape &shape,
                               ArrayRef<int64_t *> expected, StringRef operand,
                               OptLoc loc) {
  if (!shape)
    return success();
  if (shape->size() != expected.size())
    return emitOptionalError(loc, operand, " has rank ", shape->size(),
                             ", expected ", expected.size());
  for (auto [i, e] : llvm::enumerate(expected)) {
    int64_t d = (*shape)[i];
    if (ShapedType::isDynamic(d))
      continue;
    if (ShapedType::isDynamic(*e))
      *e = d;
    else if (*e != d)
      return emitOptionalError(loc, operand, " has ", d, " in dim ", i,
                               ", expected ", *e);
  }
  return success();
}

template <typename OpTy>
static LogicalResult inferRecurrent(OpTy op, const RecurrentSignature &sig,
                                    TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(op.getX().getType());
  if (!isa<FloatType>(et))
    return emitOptionalError(loc, "expects floating-point X");
  for (Value v : {op.getW(), op.getR()})
    if (onnxc::getElementType(v.getType()) != et)
      return emitOptionalError(loc, "W and R must have X's element type");
  FailureOr<int64_t> dirs = getRecurrentDirections(op.getDirection());
  if (failed(dirs))
    return emitOptionalError(loc, "direction '", op.getDirection(),
                             "' is not forward, reverse or bidirectional");
  int64_t layout = op.getLayout();
  if (layout != 0 && layout != 1)
    return emitOptionalError(loc, "layout ", layout, " is not 0 or 1");
  if (auto acts = op.getActivations()) {
    if (static_cast<int64_t>(acts->size()) != sig.activations * *dirs)
      return emitOptionalError(loc, "has ", acts->size(), " activations; ",
                               sig.name, " with ", *dirs,
                               " direction(s) takes ", sig.activations * *dirs);
    for (Attribute a : *acts)
      if (!isRecurrentActivation(cast<StringAttr>(a).getValue()))
        return emitOptionalError(loc, "activation '",
                                 cast<StringAttr>(a).getValue(),
                                 "' is not supported");
  }
  if (auto clip = op.getClip(); clip && !(clip->convertToDouble() > 0))
    return emitOptionalError(loc, "clip must be positive");

  int64_t seq = kDyn, batch = kDyn, input = kDyn, hidden = kDyn;
  int64_t numDirs = *dirs;
  if (auto h = op.getHiddenSize()) {
    if (*h <= 0)
      return emitOptionalError(loc, "hidden_size must be positive");
    hidden = *h;
  }
  MaybeShape x = onnxc::getShape(op.getX().getType());
  if (layout == 0) {
    if (failed(matchDims(x, {&seq, &batch, &input}, "X", loc)))
      return failure();
  } else if (failed(matchDims(x, {&batch, &seq, &input}, "X", loc))) {
    return failure();
  }
  // R's and W's rows are gates * hidden.
  int64_t rRows = kDyn, wRows = kDyn;
  if (failed(matchDims(onnxc::getShape(op.getR().getType()),
                       {&numDirs, &rRows, &hidden}, "R", loc)) ||
      failed(matchDims(onnxc::getShape(op.getW().getType()),
                       {&numDirs, &wRows, &input}, "W", loc)))
    return failure();
  for (auto [rows, operand] : {std::pair{rRows, "R"}, std::pair{wRows, "W"}}) {
    if (ShapedType::isDynamic(rows))
      continue;
    if (ShapedType::isDynamic(hidden)) {
      if (rows % sig.gates != 0)
        return emitOptionalError(loc, operand, " has ", rows,
                                 " rows, not a multiple of ", sig.gates,
                                 " gates");
      hidden = rows / sig.gates;
    }
    if (rows != sig.gates * hidden)
      return emitOptionalError(loc, operand, " has ", rows, " rows, expected ",
                               sig.gates, " gates of ", hidden);
  }
  if (!isNoValue(op.getB())) {
    int64_t biasRows =
        ShapedType::isDynamic(hidden) ? kDyn : 2 * sig.gates * hidden;
    if (failed(matchDims(onnxc::getShape(op.getB().getType()),
                         {&numDirs, &biasRows}, "B", loc)))
      return failure();
  }
  if (!isNoValue(op.getSequenceLens())) {
    Type lensType = onnxc::getElementType(op.getSequenceLens().getType());
    if (!lensType.isInteger(32))
      return emitOptionalError(loc, "sequence_lens must be int32");
    if (failed(matchDims(onnxc::getShape(op.getSequenceLens().getType()),
                         {&batch}, "sequence_lens", loc)))
      return failure();
  }
  auto stateDims = [&]() -> SmallVector<int64_t *> {
    if (layout == 0)
      return {&numDirs, &batch, &hidden};
    return {&batch, &numDirs, &hidden};
  };
  if (!isNoValue(op.getInitialH()) &&
      failed(matchDims(onnxc::getShape(op.getInitialH().getType()), stateDims(),
                       "initial_h", loc)))
    return failure();
  if constexpr (std::is_same_v<OpTy, LSTMOp>) {
    if (!isNoValue(op.getInitialC()) &&
        failed(matchDims(onnxc::getShape(op.getInitialC().getType()),
                         stateDims(), "initial_c", loc)))
      return failure();
    if (!isNoValue(op.getP())) {
      int64_t peepholes = ShapedType::isDynamic(hidden) ? kDyn : 3 * hidden;
      if (failed(matchDims(onnxc::getShape(op.getP().getType()),
                           {&numDirs, &peepholes}, "P", loc)))
        return failure();
    }
  }

  SmallVector<int64_t> y =
      layout == 0 ? SmallVector<int64_t>{seq, numDirs, batch, hidden}
                  : SmallVector<int64_t>{batch, seq, numDirs, hidden};
  SmallVector<int64_t> state =
      layout == 0 ? SmallVector<int64_t>{numDirs, batch, hidden}
                  : SmallVector<int64_t>{batch, numDirs, hidden};
  types.assign(
      {RankedTensorType::get(y, et), RankedTensorType::get(state, et)});
  if (sig.gates == 4)
    types.push_back(RankedTensorType::get(state, et));
  return success();
}

LogicalResult RNNOp::inferResultTypes(TypeList &types, OptLoc loc) {
  return inferRecurrent(*this, {"RNN", 1, 1}, types, loc);
}
LogicalResult GRUOp::inferResultTypes(TypeList &types, OptLoc loc) {
  return inferRecurrent(*this, {"GRU", 3, 2}, types, loc);
}
LogicalResult LSTMOp::inferResultTypes(TypeList &types, OptLoc loc) {
  return inferRecurrent(*this, {"LSTM", 4, 3}, types, loc);
}

} // namespace onnxc
