//===- WindowUtils.cpp - Sliding windows of Conv and pooling --------------===//

#include "onnxc/lowering/ONNXToLinalg/WindowUtils.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <algorithm>

using namespace mlir;

namespace onnxc {

bool Window::hasPadding() const {
  auto nonZero = [](int64_t p) { return p != 0; };
  return llvm::any_of(padLow, nonZero) || llvm::any_of(padHigh, nonZero) ||
         llvm::any_of(padCeil, nonZero);
}

bool Window::hasCeilPadding() const {
  return llvm::any_of(padCeil, [](int64_t p) { return p != 0; });
}

FailureOr<Window> computeWindow(RankedTensorType inputType,
                                ArrayRef<int64_t> kernel, ArrayAttr strides,
                                ArrayAttr dilations, ArrayAttr pads,
                                StringRef autoPad, bool ceilMode,
                                std::string &reason) {
  size_t spatial = kernel.size();
  Window w;
  w.kernel.assign(kernel.begin(), kernel.end());
  w.strides = getI64Array(strides, spatial, 1);
  w.dilations = getI64Array(dilations, spatial, 1);
  SmallVector<int64_t> explicitPads = getI64Array(pads, 2 * spatial, 0);
  if (w.strides.size() != spatial || w.dilations.size() != spatial ||
      explicitPads.size() != 2 * spatial) {
    reason = "strides, dilations or pads do not match the kernel rank";
    return failure();
  }
  bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
  if (!same && autoPad != "NOTSET" && autoPad != "VALID") {
    reason = "unknown auto_pad";
    return failure();
  }
  for (size_t i = 0; i < spatial; ++i) {
    int64_t in = inputType.getDimSize(i + 2);
    int64_t s = w.strides[i], d = w.dilations[i], k = kernel[i];
    bool dynamicKernel = ShapedType::isDynamic(k);
    if (s <= 0 || d <= 0 || (!dynamicKernel && k <= 0)) {
      reason = "kernel, strides and dilations must be positive";
      return failure();
    }
    int64_t effective = dynamicKernel ? 0 : (k - 1) * d + 1;
    int64_t lo = 0, hi = 0;
    if (same) {
      if (ShapedType::isDynamic(in) || dynamicKernel) {
        reason = "auto_pad SAME needs static spatial dims and kernel";
        return failure();
      }
      int64_t out = (in + s - 1) / s;
      int64_t total = std::max<int64_t>(0, (out - 1) * s + effective - in);
      lo = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
      hi = total - lo;
    } else if (autoPad == "NOTSET") {
      lo = explicitPads[i];
      hi = explicitPads[i + spatial];
      if (lo < 0 || hi < 0) {
        reason = "pads must be non-negative";
        return failure();
      }
    }
    w.padLow.push_back(lo);
    w.padHigh.push_back(hi);
    if (ShapedType::isDynamic(in) || dynamicKernel) {
      if (ceilMode) {
        reason = "ceil_mode needs static spatial dims";
        return failure();
      }
      w.padCeil.push_back(0);
      w.outSizes.push_back(ShapedType::kDynamic);
      continue;
    }
    int64_t span = in + lo + hi - effective;
    if (span < 0) {
      reason = "the kernel is larger than the padded input";
      return failure();
    }
    int64_t out;
    if (same) {
      out = (in + s - 1) / s;
    } else {
      out = (ceilMode ? (span + s - 1) / s : span / s) + 1;
      // A window starting in the right padding only is dropped.
      if (ceilMode && (out - 1) * s >= in + lo)
        --out;
    }
    w.outSizes.push_back(out);
    w.padCeil.push_back(
        std::max<int64_t>(0, (out - 1) * s + effective - (in + lo + hi)));
  }
  return w;
}

Value getDynamicOutSize(OpBuilder &b, Location loc, Value input,
                        const Window &w, size_t i) {
  Value in = tensor::DimOp::create(b, loc, input, i + 2);
  int64_t effective = (w.kernel[i] - 1) * w.dilations[i] + 1;
  AffineExpr s0 = getAffineSymbolExpr(0, b.getContext());
  AffineExpr e =
      (s0 + (w.padLow[i] + w.padHigh[i] - effective)).floorDiv(w.strides[i]) +
      1;
  return affine::AffineApplyOp::create(b, loc, AffineMap::get(0, 1, e),
                                       ValueRange{in});
}

Value getDynamicOutSize(OpBuilder &b, Location loc, Value input,
                        const Window &w, size_t i, Value kernelSize) {
  Value in = getValueOrCreateConstantIndexOp(
      b, loc, tensor::getMixedSize(b, loc, input, i + 2));
  AffineExpr s0 = getAffineSymbolExpr(0, b.getContext());
  AffineExpr s1 = getAffineSymbolExpr(1, b.getContext());
  AffineExpr e =
      (s0 + (w.padLow[i] + w.padHigh[i]) - (s1 - 1) * w.dilations[i] - 1)
          .floorDiv(w.strides[i]) +
      1;
  Value out = affine::AffineApplyOp::create(b, loc, AffineMap::get(0, 2, e),
                                            ValueRange{in, kernelSize});
  return arith::MaxSIOp::create(b, loc, out,
                                arith::ConstantIndexOp::create(b, loc, 0));
}

Value padSpatial(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> low,
                 ArrayRef<int64_t> high, Value padValue) {
  if (llvm::all_of(low, [](int64_t p) { return p == 0; }) &&
      llvm::all_of(high, [](int64_t p) { return p == 0; }))
    return input;
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape(type.getShape());
  SmallVector<OpFoldResult> lowAttrs(2, b.getIndexAttr(0));
  SmallVector<OpFoldResult> highAttrs(2, b.getIndexAttr(0));
  for (size_t i = 0; i < low.size(); ++i) {
    if (!ShapedType::isDynamic(shape[i + 2]))
      shape[i + 2] += low[i] + high[i];
    lowAttrs.push_back(b.getIndexAttr(low[i]));
    highAttrs.push_back(b.getIndexAttr(high[i]));
  }
  auto paddedType = RankedTensorType::get(shape, type.getElementType());
  return tensor::PadOp::create(b, loc, paddedType, input, lowAttrs, highAttrs,
                               padValue);
}

} // namespace onnxc
