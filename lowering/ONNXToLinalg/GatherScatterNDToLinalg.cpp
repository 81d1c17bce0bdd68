//===- GatherScatterNDToLinalg.cpp - GatherND and ScatterND ---------------===//
//
// The last dim of the indices holds k coordinates into the data. GatherND is
// a linalg.generic over its output whose body reads those coordinates and
// then the data (with tensor.extract); ScatterND is a loop nest over the
// indices' other dims and the data's trailing dims that writes each update
// in order, combined with the reduction. Each coordinate is checked against
// its dim at run time (RuntimeChecks.h) and clamped, so a failed run stays in
// bounds.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {
namespace {

/// Checks coordinate `c` of every index (the last dim of `indices`) against
/// dim `first + c` of `data`, for c < k.
void emitCoordinateChecks(OpBuilder &b, Location loc, Operation *op,
                          Value indices, Value data, int64_t first,
                          int64_t k) {
  auto type = cast<RankedTensorType>(indices.getType());
  int64_t q = type.getRank();
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, indices);
  SmallVector<OpFoldResult> strides(q, b.getIndexAttr(1));
  for (int64_t c = 0; c < k; ++c) {
    SmallVector<OpFoldResult> offsets(q, b.getIndexAttr(0));
    offsets[q - 1] = b.getIndexAttr(c);
    sizes[q - 1] = b.getIndexAttr(1);
    Value column =
        tensor::ExtractSliceOp::create(b, loc, indices, offsets, sizes, strides);
    emitIndexRangeCheck(b, loc, op, column,
                        tensor::DimOp::create(b, loc, data, first + c),
                        first + c);
  }
}

/// The data coordinates of the index at `at` (all dims of the indices but
/// the last), wrapped and clamped: dims `first .. first + k` of the data.
SmallVector<Value> readCoordinates(OpBuilder &b, Location loc, Value indices,
                                   ValueRange at, Value data, int64_t first,
                                   int64_t k, bool isUnsigned) {
  SmallVector<Value> coordinates;
  for (int64_t c = 0; c < k; ++c) {
    SmallVector<Value> position(at);
    position.push_back(arith::ConstantIndexOp::create(b, loc, c));
    Value raw = tensor::ExtractOp::create(b, loc, indices, position);
    coordinates.push_back(clampAxisIndex(
        b, loc, raw, tensor::DimOp::create(b, loc, data, first + c),
        isUnsigned));
  }
  return coordinates;
}

struct GatherNDToLinalg : OpConversionPattern<GatherNDOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GatherNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!dataType || !indicesType || !resultType ||
        indicesType.getRank() == 0 || indicesType.isDynamicDim(
                                          indicesType.getRank() - 1))
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t r = dataType.getRank(), q = indicesType.getRank();
    int64_t k = indicesType.getDimSize(q - 1), batch = op.getBatchDims();
    if (batch < 0 || k < 1 || batch + k > r || batch >= q)
      return rewriter.notifyMatchFailure(op, "ranks");
    bool isUnsigned =
        getElementType(op.getIndices().getType()).isUnsignedInteger();
    emitCoordinateChecks(rewriter, loc, op, indices, data, batch, k);
    std::string node = describeNodeForFormat(op);
    for (int64_t d = 0; d < batch; ++d) {
      if (!dataType.isDynamicDim(d) && !indicesType.isDynamicDim(d))
        continue; // the shape function has checked it
      Value dd = tensor::DimOp::create(rewriter, loc, data, d);
      Value id = tensor::DimOp::create(rewriter, loc, indices, d);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, dd,
                                id),
          node + ": batch dim " + std::to_string(d) +
              " is %lld in the data, %lld in the indices",
          {dd, id});
    }
    // Output: indices.shape[:-1] ++ data.shape[batch + k:].
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, indices);
    sizes.pop_back();
    SmallVector<OpFoldResult> dataSizes =
        tensor::getMixedSizes(rewriter, loc, data);
    sizes.append(dataSizes.begin() + batch + k, dataSizes.end());
    int64_t rank = sizes.size();
    Value init = tensor::EmptyOp::create(rewriter, loc, sizes,
                                         dataType.getElementType());
    SmallVector<AffineMap> maps{rewriter.getMultiDimIdentityMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), ValueRange{}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> at;
          for (int64_t d = 0; d < q - 1; ++d)
            at.push_back(linalg::IndexOp::create(b, l, d));
          SmallVector<Value> position(at.begin(), at.begin() + batch);
          llvm::append_range(position, readCoordinates(b, l, indices, at,
                                                       data, batch, k,
                                                       isUnsigned));
          for (int64_t d = q - 1; d < rank; ++d)
            position.push_back(linalg::IndexOp::create(b, l, d));
          linalg::YieldOp::create(b, l, extractClamped(b, l, data, position));
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, generic.getResult(0),
                                        resultType));
    return success();
  }
};

struct ScatterNDToLinalg : OpConversionPattern<ScatterNDOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ScatterNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto updatesType = dyn_cast<RankedTensorType>(updates.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!dataType || !indicesType || !updatesType || !resultType ||
        indicesType.getRank() == 0 ||
        indicesType.isDynamicDim(indicesType.getRank() - 1))
      return rewriter.notifyMatchFailure(op, "shapes not known well enough");
    int64_t r = dataType.getRank(), q = indicesType.getRank();
    int64_t k = indicesType.getDimSize(q - 1);
    if (k < 1 || k > r || updatesType.getRank() != q - 1 + r - k)
      return rewriter.notifyMatchFailure(op, "ranks");
    Type elementType = dataType.getElementType();
    StringRef reduction = op.getReduction();
    if (reduction != "none" && !isa<FloatType>(elementType) &&
        !(isa<IntegerType>(elementType) && !elementType.isInteger(1)))
      return rewriter.notifyMatchFailure(op, "reduction on this type");
    bool isUnsigned =
        getElementType(op.getData().getType()).isUnsignedInteger();
    bool indicesUnsigned =
        getElementType(op.getIndices().getType()).isUnsignedInteger();
    emitCoordinateChecks(rewriter, loc, op, indices, data, 0, k);

    // Writes need a non-empty output (a coordinate into an empty dim fails
    // its check, and nothing is written then).
    Value empty = isEmptyTensor(rewriter, loc, data);
    // Loops: the indices' dims but the last, then the data's from k on.
    SmallVector<Value> bounds;
    for (int64_t d = 0; d < q - 1; ++d)
      bounds.push_back(tensor::DimOp::create(rewriter, loc, indices, d));
    for (int64_t d = k; d < r; ++d)
      bounds.push_back(tensor::DimOp::create(rewriter, loc, data, d));
    auto write = [&](OpBuilder &b, Location l, ValueRange ivs,
                     Value out) -> Value {
      SmallVector<Value> at(ivs.begin(), ivs.begin() + (q - 1));
      SmallVector<Value> target =
          readCoordinates(b, l, indices, at, data, 0, k, indicesUnsigned);
      target.append(ivs.begin() + (q - 1), ivs.end());
      return scatterWrite(b, l, empty, out, target,
                          extractClamped(b, l, updates, ivs), reduction,
                          isUnsigned);
    };
    Value result = buildTensorLoopNest(rewriter, loc, bounds, data, write);
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateGatherScatterNDToLinalgPatterns(const TypeConverter &converter,
                                             RewritePatternSet &patterns) {
  patterns.add<GatherNDToLinalg, ScatterNDToLinalg>(converter,
                                                    patterns.getContext());
}

} // namespace onnxc
