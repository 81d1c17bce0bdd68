//===- InferSignalOps.cpp - Result types of DFT, STFT, MelWeightMatrix ----===//
//
// Signal ops: their sizes come from scalar inputs (lengths, steps, bin
// counts), static where those are constants and dynamic otherwise.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

static constexpr int64_t kDyn = ShapedType::kDynamic;

/// A scalar (or one-element) integer input: its value when constant.
static LogicalResult scalarInt(Value v, StringRef name, OptLoc loc,
                               std::optional<int64_t> &value) {
  Type t = onnxc::getElementType(v.getType());
  if (!t.isInteger(32) && !t.isInteger(64))
    return emitOptionalError(loc, "'", name, "' must be an int32 or int64 "
                                             "tensor");
  MaybeShape s = onnxc::getShape(v.getType());
  if (s && (s->size() > 1 || (s->size() == 1 && !ShapedType::isDynamic(
                                                    (*s)[0]) &&
                                                (*s)[0] != 1)))
    return emitOptionalError(loc, "'", name, "' must hold one value");
  if (auto ints = getConstantInts(v); ints && ints->size() == 1)
    value = (*ints)[0];
  return success();
}

static LogicalResult scalarFloat(Value v, StringRef name, OptLoc loc) {
  if (!isa<FloatType>(onnxc::getElementType(v.getType())))
    return emitOptionalError(loc, "'", name, "' must be a float tensor");
  MaybeShape s = onnxc::getShape(v.getType());
  if (s && (s->size() > 1 || (s->size() == 1 && !ShapedType::isDynamic(
                                                    (*s)[0]) &&
                                                (*s)[0] != 1)))
    return emitOptionalError(loc, "'", name, "' must hold one value");
  return success();
}

/// A signal's last dim: 1 (real) or 2 (complex).
static LogicalResult checkComponents(int64_t last, StringRef name,
                                     OptLoc loc) {
  if (!ShapedType::isDynamic(last) && last != 1 && last != 2)
    return emitOptionalError(loc, "the last dim of '", name,
                             "' must be 1 (real) or 2 (complex), got ", last);
  return success();
}

LogicalResult DFTOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getInput().getType());
  if (!isa<FloatType>(et))
    return emitOptionalError(loc, "input must be a float tensor");
  std::optional<int64_t> length, axis;
  if (!isNoValue(getDftLength()) &&
      failed(scalarInt(getDftLength(), "dft_length", loc, length)))
    return failure();
  if (length && *length < 1)
    return emitOptionalError(loc, "dft_length must be positive, got ",
                             *length);
  if (isNoValue(getAxis()))
    axis = -2;
  else if (failed(scalarInt(getAxis(), "axis", loc, axis)))
    return failure();
  MaybeShape x = onnxc::getShape(getInput().getType());
  if (!x) {
    types.assign(1, UnrankedTensorType::get(et));
    return success();
  }
  int64_t rank = x->size();
  if (rank < 2)
    return emitOptionalError(loc, "input must have rank 2 or more, got ",
                             rank);
  if (failed(checkComponents(x->back(), "input", loc)))
    return failure();
  SmallVector<int64_t> out(*x);
  bool inverse = getInverse() != 0, onesided = getOnesided() != 0;
  // One-sided spectra back to real signals; else complex outputs.
  out.back() = inverse && onesided ? 1 : 2;
  if (!axis) {
    // Any signal dim may be the axis; only a full-length transform keeps
    // the sizes whichever it is.
    if (onesided || length)
      for (int64_t d = 0; d + 1 < rank; ++d)
        out[d] = kDyn;
    types.assign(1, RankedTensorType::get(out, et));
    return success();
  }
  // Negative axes count from the back, the complex dim included.
  int64_t a = *axis < 0 ? *axis + rank : *axis;
  if (a < 0 || a > rank - 2)
    return emitOptionalError(loc, "axis ", *axis,
                             " is out of range for an input of rank ", rank);
  if (inverse && onesided) {
    int64_t n = length ? *length
                       : (ShapedType::isDynamic((*x)[a]) ? kDyn
                                                         : 2 * ((*x)[a] - 1));
    out[a] = n;
  } else {
    int64_t n = length ? *length : (*x)[a];
    out[a] = ShapedType::isDynamic(n) || !onesided ? n : n / 2 + 1;
  }
  types.assign(1, RankedTensorType::get(out, et));
  return success();
}

LogicalResult STFTOp::inferResultTypes(TypeList &types, OptLoc loc) {
  Type et = onnxc::getElementType(getSignal().getType());
  if (!isa<FloatType>(et))
    return emitOptionalError(loc, "signal must be a float tensor");
  std::optional<int64_t> step, frameLength;
  if (failed(scalarInt(getFrameStep(), "frame_step", loc, step)))
    return failure();
  if (step && *step < 1)
    return emitOptionalError(loc, "frame_step must be positive, got ", *step);
  if (!isNoValue(getFrameLength()) &&
      failed(scalarInt(getFrameLength(), "frame_length", loc, frameLength)))
    return failure();
  if (frameLength && *frameLength < 1)
    return emitOptionalError(loc, "frame_length must be positive, got ",
                             *frameLength);
  if (!isNoValue(getWindow())) {
    if (onnxc::getElementType(getWindow().getType()) != et)
      return emitOptionalError(loc, "window must have the signal's type");
    MaybeShape w = onnxc::getShape(getWindow().getType());
    if (w && w->size() != 1)
      return emitOptionalError(loc, "window must be 1-D, got rank ",
                               w->size());
    int64_t n = w ? (*w)[0] : kDyn;
    if (frameLength && !ShapedType::isDynamic(n) && n != *frameLength)
      return emitOptionalError(loc, "window has ", n,
                               " values, frame_length is ", *frameLength);
    if (!frameLength && !ShapedType::isDynamic(n))
      frameLength = n;
  } else if (isNoValue(getFrameLength())) {
    return emitOptionalError(loc, "needs a window or a frame_length");
  }
  MaybeShape x = onnxc::getShape(getSignal().getType());
  if (x && x->size() != 3)
    return emitOptionalError(loc, "signal must be [batch, length, 1 or 2], "
                                  "got rank ",
                             x->size());
  if (x && failed(checkComponents((*x)[2], "signal", loc)))
    return failure();
  int64_t batch = x ? (*x)[0] : kDyn, length = x ? (*x)[1] : kDyn;
  int64_t frames = kDyn, bins = kDyn;
  if (frameLength) {
    bins = getOnesided() != 0 ? *frameLength / 2 + 1 : *frameLength;
    if (step && !ShapedType::isDynamic(length)) {
      if (*frameLength > length)
        return emitOptionalError(loc, "frame_length ", *frameLength,
                                 " is longer than the signal (", length, ")");
      frames = (length - *frameLength) / *step + 1;
    }
  }
  types.assign(1, RankedTensorType::get({batch, frames, bins, 2}, et));
  return success();
}

LogicalResult MelWeightMatrixOp::inferResultTypes(TypeList &types,
                                                  OptLoc loc) {
  Type et = onnxc::getElementType(getContext(), getOutputDatatype());
  if (!et || !isa<FloatType>(et))
    return emitOptionalError(loc, "output_datatype ", getOutputDatatype(),
                             " is not a float type");
  std::optional<int64_t> bins, length, rate;
  if (failed(scalarInt(getNumMelBins(), "num_mel_bins", loc, bins)) ||
      failed(scalarInt(getDftLength(), "dft_length", loc, length)) ||
      failed(scalarInt(getSampleRate(), "sample_rate", loc, rate)) ||
      failed(scalarFloat(getLowerEdgeHertz(), "lower_edge_hertz", loc)) ||
      failed(scalarFloat(getUpperEdgeHertz(), "upper_edge_hertz", loc)))
    return failure();
  if ((bins && *bins < 1) || (length && *length < 1) || (rate && *rate < 1))
    return emitOptionalError(loc, "num_mel_bins, dft_length and sample_rate "
                                  "must be positive");
  types.assign(1, RankedTensorType::get(
                      {length ? *length / 2 + 1 : kDyn, bins ? *bins : kDyn},
                      et));
  return success();
}

} // namespace onnxc
