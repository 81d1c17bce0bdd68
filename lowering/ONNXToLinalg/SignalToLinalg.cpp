//===- SignalToLinalg.cpp - DFT, STFT, MelWeightMatrix --------------------===//
//
// DFT and STFT as direct transforms: one linalg.generic over the output
// (the frequency bin and the real/imaginary part are parallel dims) with a
// reduction over the samples, accumulating in f64 with the twiddle angle
// 2*pi*((k*n) mod N)/N computed from integers, so large transforms keep
// their accuracy. O(N^2) per signal: an FFT would bring it to O(N log N).
// MelWeightMatrix: the band edges computed in f64 as the ONNX reference
// does, then one generic that gives each (bin, band) its triangle weight.
// Sizes that come from scalar inputs are read at run time and checked
// against the declared output shape.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"


using namespace mlir;

namespace onnxc {
namespace {

using IP = arith::CmpIPredicate;

constexpr double kPi = 3.14159265358979323846;
constexpr double kLn10 = 2.30258509299404568402;

Value cstIndex(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

Value f64Of(OpBuilder &b, Location loc, Value v) {
  Type f64 = b.getF64Type();
  if (v.getType() == f64)
    return v;
  if (v.getType().isIndex())
    v = arith::IndexCastOp::create(b, loc, b.getI64Type(), v);
  if (isa<IntegerType>(v.getType()))
    return arith::SIToFPOp::create(b, loc, f64, v);
  return arith::ExtFOp::create(b, loc, f64, v);
}

Value fromF64(OpBuilder &b, Location loc, Value v, Type to) {
  if (to.isF64())
    return v;
  return arith::TruncFOp::create(b, loc, to, v);
}

/// A scalar integer input as an index, read at run time (checked to be at
/// least `least`, and clamped to it).
Value readCount(OpBuilder &b, Location loc, Operation *op, Value original,
                Value converted, StringRef what, int64_t least) {
  if (auto ints = getConstInts(original, converted); ints && ints->size() == 1)
    return cstIndex(b, loc, std::max((*ints)[0], least));
  Value raw = extractFirstChecked(b, loc, op, converted, what);
  Value v = arith::IndexCastOp::create(b, loc, b.getIndexType(), raw);
  Value low = cstIndex(b, loc, least);
  emitRuntimeFailure(b, loc, arith::CmpIOp::create(b, loc, IP::slt, v, low),
                     describeNodeForFormat(op) + ": " + what.str() +
                         " is %lld, below %lld",
                     {v, low});
  return arith::MaxSIOp::create(b, loc, v, low);
}

/// Whether the signal `x` is complex (its last dim is 2, else 1): known at
/// compile time when that dim is static, else an i1 (null when real), with
/// a run-time check that the dim is 1 or 2.
struct Components {
  bool known;
  Value isComplex; // set when the last dim is dynamic
  bool complex;    // when known
};

Components readComponents(OpBuilder &b, Location loc, Operation *op, Value x) {
  auto type = cast<RankedTensorType>(x.getType());
  int64_t last = type.getRank() - 1;
  if (!type.isDynamicDim(last))
    return {true, Value(), type.getDimSize(last) == 2};
  Value dim = tensor::DimOp::create(b, loc, x, last);
  Value one = cstIndex(b, loc, 1), two = cstIndex(b, loc, 2);
  Value bad = arith::AndIOp::create(
      b, loc, arith::CmpIOp::create(b, loc, IP::ne, dim, one),
      arith::CmpIOp::create(b, loc, IP::ne, dim, two));
  emitRuntimeFailure(b, loc, bad,
                     describeNodeForFormat(op) +
                         ": the last dim of the signal is %lld, not 1 (real) "
                         "or 2 (complex)",
                     {dim});
  return {false, arith::CmpIOp::create(b, loc, IP::eq, dim, two), false};
}

/// The imaginary part read by `sample(1)`, or 0 for a real signal.
Value imaginaryPart(OpBuilder &b, Location loc, const Components &c,
                    function_ref<Value()> sample) {
  Value zero = createScalarConstant(b, loc, b.getF64Type(), 0.0);
  if (c.known)
    return c.complex ? sample() : zero;
  return arith::SelectOp::create(b, loc, c.isComplex, sample(), zero);
}

/// out[..., k, c] = sum over n < `length` of signal(n) * e^(sign*2*pi*i*k*n
/// / length), c = 0 the real part, 1 the imaginary one. `read(b, ivs, n)`
/// returns the (real, imaginary) sample for the output position `ivs`;
/// `binDim` is the output dim that holds k. Accumulated in f64.
Value buildTransform(
    OpBuilder &b, Location loc, ArrayRef<OpFoldResult> outSizes,
    int64_t binDim, Value length, double sign,
    function_ref<std::pair<Value, Value>(OpBuilder &, Location, ValueRange,
                                         Value)>
        read) {
  MLIRContext *context = b.getContext();
  int64_t rank = outSizes.size();
  Type f64 = b.getF64Type();
  Value zero = createScalarConstant(b, loc, f64, 0.0);
  Value empty = tensor::EmptyOp::create(b, loc, outSizes, f64);
  Value init = linalg::FillOp::create(b, loc, zero, empty).getResult(0);
  // The samples operand only gives the reduction its size.
  Value samples = tensor::EmptyOp::create(
      b, loc, ArrayRef<OpFoldResult>{getAsOpFoldResult(length)}, f64);
  SmallVector<AffineMap> maps{
      AffineMap::get(rank + 1, 0, {getAffineDimExpr(rank, context)}, context),
      AffineMap::getMultiDimIdentityMap(rank + 1, context).getMajorSubMap(
          rank)};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{samples}, ValueRange{init},
             maps, iterators,
             [&](OpBuilder &gb, Location l, ValueRange args) {
               SmallVector<Value> ivs;
               for (int64_t d = 0; d < rank; ++d)
                 ivs.push_back(linalg::IndexOp::create(gb, l, d));
               Value n = linalg::IndexOp::create(gb, l, rank);
               auto [re, im] = read(gb, l, ivs, n);
               // theta = 2*pi*((k*n) mod length)/length.
               Value kn = arith::RemUIOp::create(
                   gb, l, arith::MulIOp::create(gb, l, ivs[binDim], n),
                   length);
               Value theta = arith::DivFOp::create(
                   gb, l,
                   arith::MulFOp::create(
                       gb, l,
                       createScalarConstant(gb, l, f64,
                                            2 * kPi * sign),
                       f64Of(gb, l, kn)),
                   f64Of(gb, l, length));
               Value cos = math::CosOp::create(gb, l, theta);
               Value sin = math::SinOp::create(gb, l, theta);
               // (re + i im)(cos + i sin).
               Value real = arith::SubFOp::create(
                   gb, l, arith::MulFOp::create(gb, l, re, cos),
                   arith::MulFOp::create(gb, l, im, sin));
               Value imag = arith::AddFOp::create(
                   gb, l, arith::MulFOp::create(gb, l, re, sin),
                   arith::MulFOp::create(gb, l, im, cos));
               Value isImag = arith::CmpIOp::create(gb, l, IP::eq,
                                                    ivs[rank - 1],
                                                    cstIndex(gb, l, 1));
               Value term = arith::SelectOp::create(gb, l, isImag, imag, real);
               linalg::YieldOp::create(
                   gb, l, ValueRange{arith::AddFOp::create(gb, l, args[1],
                                                           term)});
             })
      .getResult(0);
}

/// `sums` (f64) scaled by `scale` (or not) in `type`.
Value finish(OpBuilder &b, Location loc, Value sums, Value scale,
             RankedTensorType type) {
  auto sumsType = cast<RankedTensorType>(sums.getType());
  int64_t rank = sumsType.getRank();
  Value init = tensor::EmptyOp::create(
      b, loc, tensor::getMixedSizes(b, loc, sums), type.getElementType());
  SmallVector<AffineMap> maps(2, b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  Value result =
      linalg::GenericOp::create(
          b, loc, init.getType(), ValueRange{sums}, ValueRange{init}, maps,
          iterators,
          [&](OpBuilder &gb, Location l, ValueRange args) {
            Value v = args[0];
            if (scale)
              v = arith::DivFOp::create(gb, l, v, scale);
            linalg::YieldOp::create(
                gb, l, fromF64(gb, l, v, type.getElementType()));
          })
          .getResult(0);
  return castIfNeeded(b, loc, result, type);
}

struct DFTToLinalg : OpConversionPattern<DFTOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(DFTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!xType || !resultType || xType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "the input must be ranked");
    bool inverse = op.getInverse() != 0, onesided = op.getOnesided() != 0;
    if (inverse && onesided)
      return rewriter.notifyMatchFailure(
          op, "an inverse one-sided DFT (a real signal from half a "
              "spectrum) is not lowered");
    int64_t rank = xType.getRank();
    Components complex = readComponents(rewriter, loc, op, x);
    IndexMath m(rewriter, loc);
    // The transform along `axis`, as the declared result type (every dim
    // checked against the declaration, the reads clamped).
    auto buildAlong = [&](int64_t axis) -> Value {
      Value inputLength =
          m.value(tensor::getMixedSize(rewriter, loc, x, axis));
      Value length =
          isNoValue(op.getDftLength())
              ? inputLength
              : readCount(rewriter, loc, op, op.getDftLength(),
                          adaptor.getDftLength(), "dft_length", 1);
      SmallVector<OpFoldResult> sizes =
          tensor::getMixedSizes(rewriter, loc, x);
      OpFoldResult bins = getAsOpFoldResult(length);
      if (onesided)
        bins = m.add(m.div(bins, m.cst(2)), m.cst(1));
      sizes[axis] = bins;
      sizes[rank - 1] = rewriter.getIndexAttr(2);
      for (int64_t d = 0; d < rank; ++d)
        sizes[d] = checkDeclaredSize(rewriter, loc, op, sizes[d], resultType,
                                     d, "the output");
      SmallVector<Value> lastIndex;
      for (int64_t d = 0; d < rank; ++d)
        lastIndex.push_back(m.value(m.max(
            m.sub(tensor::getMixedSize(rewriter, loc, x, d), m.cst(1)),
            m.cst(0))));
      Value sums = buildTransform(
          rewriter, loc, sizes, axis, length, inverse ? 1.0 : -1.0,
          [&](OpBuilder &b, Location l, ValueRange ivs,
              Value n) -> std::pair<Value, Value> {
            // Samples past the input's end are zeros (dft_length pads).
            Value inside =
                arith::CmpIOp::create(b, l, IP::ult, n, inputLength);
            Value zero = createScalarConstant(b, l, b.getF64Type(), 0.0);
            SmallVector<Value> at;
            for (int64_t d = 0; d < rank; ++d)
              at.push_back(
                  arith::MinSIOp::create(b, l, d == axis ? n : ivs[d],
                                         lastIndex[d]));
            auto sample = [&](int64_t part) {
              at[rank - 1] = cstIndex(b, l, part);
              Value v = f64Of(b, l, extractClamped(b, l, x, at));
              return arith::SelectOp::create(b, l, inside, v, zero)
                  .getResult();
            };
            return {sample(0),
                    imaginaryPart(b, l, complex, [&] { return sample(1); })};
          });
      return finish(rewriter, loc, sums,
                    inverse ? f64Of(rewriter, loc, length) : Value(),
                    resultType);
    };
    if (isNoValue(op.getAxis())) {
      rewriter.replaceOp(op, buildAlong(rank - 2));
      return success();
    }
    if (auto ints = getConstInts(op.getAxis(), adaptor.getAxis());
        ints && ints->size() == 1) {
      int64_t axis = (*ints)[0] < 0 ? (*ints)[0] + rank : (*ints)[0];
      rewriter.replaceOp(op, buildAlong(axis));
      return success();
    }
    // An axis read at run time: one transform per possible axis, chosen by
    // scf.index_switch (an axis out of range fails the run and takes 0).
    Value raw = arith::IndexCastOp::create(
        rewriter, loc, rewriter.getIndexType(),
        extractFirstChecked(rewriter, loc, op, adaptor.getAxis(), "axis"));
    Value axis = arith::SelectOp::create(
        rewriter, loc,
        arith::CmpIOp::create(rewriter, loc, IP::slt, raw,
                              cstIndex(rewriter, loc, 0)),
        arith::AddIOp::create(rewriter, loc, raw,
                              cstIndex(rewriter, loc, rank)),
        raw);
    Value outside = arith::OrIOp::create(
        rewriter, loc,
        arith::CmpIOp::create(rewriter, loc, IP::slt, axis,
                              cstIndex(rewriter, loc, 0)),
        arith::CmpIOp::create(rewriter, loc, IP::sgt, axis,
                              cstIndex(rewriter, loc, rank - 2)));
    emitRuntimeFailure(rewriter, loc, outside,
                       describeNodeForFormat(op) +
                           ": axis %lld is out of range for an input of rank "
                           "%lld",
                       {raw, cstIndex(rewriter, loc, rank)});
    SmallVector<int64_t> cases;
    for (int64_t k = 1; k <= rank - 2; ++k)
      cases.push_back(k);
    auto select = scf::IndexSwitchOp::create(
        rewriter, loc, TypeRange{resultType}, axis, cases, cases.size());
    for (int64_t k = 0; k <= rank - 2; ++k) {
      Region &region =
          k == 0 ? select.getDefaultRegion() : select.getCaseRegions()[k - 1];
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPointToStart(&region.emplaceBlock());
      scf::YieldOp::create(rewriter, loc, buildAlong(k));
    }
    rewriter.replaceOp(op, select.getResult(0));
    return success();
  }
};

struct STFTToLinalg : OpConversionPattern<STFTOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(STFTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getSignal();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = getConvertedRankedType(op.getType());
    if (!xType || !resultType || xType.getRank() != 3)
      return rewriter.notifyMatchFailure(op, "the signal must be ranked");
    Components complex = readComponents(rewriter, loc, op, x);
    bool hasWindow = !isNoValue(op.getWindow());
    Value window = adaptor.getWindow();
    Value step = readCount(rewriter, loc, op, op.getFrameStep(),
                           adaptor.getFrameStep(), "frame_step", 1);
    IndexMath m(rewriter, loc);
    Value frameLength =
        isNoValue(op.getFrameLength())
            ? m.value(tensor::getMixedSize(rewriter, loc, window, 0))
            : readCount(rewriter, loc, op, op.getFrameLength(),
                        adaptor.getFrameLength(), "frame_length", 1);
    Value signalLength = m.value(tensor::getMixedSize(rewriter, loc, x, 1));
    emitRuntimeFailure(
        rewriter, loc,
        arith::CmpIOp::create(rewriter, loc, IP::sgt, frameLength,
                              signalLength),
        describeNodeForFormat(op) +
            ": frame_length %lld is longer than the signal (%lld)",
        {frameLength, signalLength});
    if (hasWindow && !isNoValue(op.getFrameLength())) {
      Value windowLength = tensor::DimOp::create(rewriter, loc, window, 0);
      emitRuntimeFailure(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, IP::ne, windowLength,
                                frameLength),
          describeNodeForFormat(op) +
              ": the window has %lld values, frame_length is %lld",
          {windowLength, frameLength});
    }
    OpFoldResult frames = m.add(
        m.div(m.max(m.sub(signalLength, frameLength), m.cst(0)), step),
        m.cst(1));
    OpFoldResult bins = getAsOpFoldResult(frameLength);
    if (op.getOnesided() != 0)
      bins = m.add(m.div(bins, m.cst(2)), m.cst(1));
    SmallVector<OpFoldResult> sizes{
        tensor::getMixedSize(rewriter, loc, x, 0),
        checkDeclaredSize(rewriter, loc, op, frames, resultType, 1,
                          "the output"),
        checkDeclaredSize(rewriter, loc, op, bins, resultType, 2, "the output"),
        rewriter.getIndexAttr(2)};
    Value sums = buildTransform(
        rewriter, loc, sizes, 2, frameLength, -1.0,
        [&](OpBuilder &b, Location l, ValueRange ivs,
            Value n) -> std::pair<Value, Value> {
          Value t = arith::AddIOp::create(
              b, l, arith::MulIOp::create(b, l, ivs[1], step), n);
          Value w = createScalarConstant(b, l, b.getF64Type(), 1.0);
          if (hasWindow)
            w = f64Of(b, l, extractClamped(b, l, window, ValueRange{n}));
          auto sample = [&](int64_t part) {
            Value v = f64Of(b, l,
                            extractClamped(b, l, x,
                                           {ivs[0], t, cstIndex(b, l, part)}));
            return arith::MulFOp::create(b, l, v, w).getResult();
          };
          return {sample(0),
                  imaginaryPart(b, l, complex, [&] { return sample(1); })};
        });
    rewriter.replaceOp(op, finish(rewriter, loc, sums, Value(), resultType));
    return success();
  }
};

struct MelWeightMatrixToLinalg : OpConversionPattern<MelWeightMatrixOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MelWeightMatrixOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = getConvertedRankedType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "bad result type");
    Value melBins = readCount(rewriter, loc, op, op.getNumMelBins(),
                              adaptor.getNumMelBins(), "num_mel_bins", 1);
    Value dftLength = readCount(rewriter, loc, op, op.getDftLength(),
                                adaptor.getDftLength(), "dft_length", 1);
    Value sampleRate = readCount(rewriter, loc, op, op.getSampleRate(),
                                 adaptor.getSampleRate(), "sample_rate", 1);
    Value lower = f64Of(rewriter, loc,
                        extractFirstChecked(rewriter, loc, op,
                                            adaptor.getLowerEdgeHertz(),
                                            "lower_edge_hertz"));
    Value upper = f64Of(rewriter, loc,
                        extractFirstChecked(rewriter, loc, op,
                                            adaptor.getUpperEdgeHertz(),
                                            "upper_edge_hertz"));
    IndexMath m(rewriter, loc);
    OpFoldResult spectrumBins =
        m.add(m.div(getAsOpFoldResult(dftLength), m.cst(2)), m.cst(1));
    SmallVector<OpFoldResult> sizes{
        checkDeclaredSize(rewriter, loc, op, spectrumBins, resultType, 0,
                          "the output"),
        checkDeclaredSize(rewriter, loc, op, getAsOpFoldResult(melBins),
                          resultType, 1, "the output")};
    Type f64 = rewriter.getF64Type();
    auto cst = [&](OpBuilder &b, Location l, double v) {
      return createScalarConstant(b, l, f64, v);
    };
    // The spectrum bin of band edge e (0 .. mel bins + 1): the edges are
    // evenly spaced in mel, mel = 2595 * log10(1 + hz / 700).
    auto edge = [&](OpBuilder &b, Location l, Value e) -> Value {
      auto toMel = [&](Value hz) {
        Value ratio = arith::AddFOp::create(
            b, l, cst(b, l, 1.0),
            arith::DivFOp::create(b, l, hz, cst(b, l, 700.0)));
        return arith::MulFOp::create(
            b, l, cst(b, l, 2595.0 / kLn10),
            math::LogOp::create(b, l, ratio));
      };
      Value low = toMel(lower), high = toMel(upper);
      Value count = f64Of(
          b, l, arith::AddIOp::create(b, l, melBins, cstIndex(b, l, 2)));
      Value melStep = arith::DivFOp::create(
          b, l, arith::SubFOp::create(b, l, high, low), count);
      Value mel = arith::AddFOp::create(
          b, l, arith::MulFOp::create(b, l, f64Of(b, l, e), melStep), low);
      Value hz = arith::MulFOp::create(
          b, l, cst(b, l, 700.0),
          arith::SubFOp::create(
              b, l,
              math::ExpOp::create(
                  b, l,
                  arith::MulFOp::create(
                      b, l, mel, cst(b, l, kLn10 / 2595.0))),
              cst(b, l, 1.0)));
      Value scaled = arith::MulFOp::create(
          b, l,
          f64Of(b, l, arith::AddIOp::create(b, l, dftLength,
                                            cstIndex(b, l, 1))),
          hz);
      Value bin = math::FloorOp::create(
          b, l, arith::DivFOp::create(b, l, scaled, f64Of(b, l, sampleRate)));
      // Clamped to a range that keeps the integer conversion defined.
      bin = arith::MinNumFOp::create(
          b, l, arith::MaxNumFOp::create(b, l, bin, cst(b, l, -1e15)),
          cst(b, l, 1e15));
      return arith::FPToSIOp::create(b, l, b.getI64Type(), bin);
    };
    Type et = resultType.getElementType();
    Value result = buildIndexedGeneric(
        rewriter, loc, sizes, et,
        [&](OpBuilder &b, Location l, ArrayRef<Value> at) -> Value {
          Value j = arith::IndexCastOp::create(b, l, b.getI64Type(), at[0]);
          Value i = at[1];
          Value one = cstIndex(b, l, 1);
          Value left = edge(b, l, i);
          Value center = edge(b, l, arith::AddIOp::create(b, l, i, one));
          Value right = edge(
              b, l, arith::AddIOp::create(b, l, i, cstIndex(b, l, 2)));
          auto cmp = [&](IP p, Value x, Value y) {
            return arith::CmpIOp::create(b, l, p, x, y).getResult();
          };
          auto andI = [&](Value x, Value y) {
            return arith::AndIOp::create(b, l, x, y).getResult();
          };
          auto ratio = [&](Value num, Value den) {
            return arith::DivFOp::create(b, l, f64Of(b, l, num),
                                         f64Of(b, l, den))
                .getResult();
          };
          Value zero = cst(b, l, 0.0);
          // Rising edge (left..center), or a 1 at the center when the two
          // coincide; the falling edge (center..right) overrides it.
          Value rising = arith::SelectOp::create(
              b, l,
              cmp(IP::eq, left, center),
              arith::SelectOp::create(b, l, cmp(IP::eq, j, center),
                                      cst(b, l, 1.0), zero),
              arith::SelectOp::create(
                  b, l, andI(cmp(IP::sge, j, left), cmp(IP::sle, j, center)),
                  ratio(arith::SubIOp::create(b, l, j, left),
                        arith::SubIOp::create(b, l, center, left)),
                  zero));
          Value falling =
              andI(cmp(IP::slt, center, right),
                   andI(cmp(IP::sge, j, center), cmp(IP::slt, j, right)));
          Value v = arith::SelectOp::create(
              b, l, falling,
              ratio(arith::SubIOp::create(b, l, right, j),
                    arith::SubIOp::create(b, l, right, center)),
              rising);
          return fromF64(b, l, v, et);
        });
    rewriter.replaceOp(op, castIfNeeded(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void populateSignalToLinalgPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  patterns.add<DFTToLinalg, STFTToLinalg, MelWeightMatrixToLinalg>(
      converter, patterns.getContext());
}

} // namespace onnxc
