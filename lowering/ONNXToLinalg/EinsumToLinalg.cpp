//===- EinsumToLinalg.cpp - Einsum as one linalg.generic ------------------===//
//
// The equation (parsed by EinsumEquation.h, checked by the op's shape
// function) gives one loop per label: the output's labels first (parallel),
// then the summed ones (reductions). Each operand's indexing map sends its
// dims to the loops of their labels, so a label repeated within an operand
// (`ii`) repeats a loop dim and reads the diagonal; a static 1 under `...`
// that broadcasts reads index 0. The body multiplies the operands' elements
// and adds the product to the output, which starts at zero.
//
// A dim known only at run time must equal the size of its label (taken from
// a static occurrence where there is one): a check fails the run otherwise,
// and the operand is replaced by zeros of the expected sizes then, so that
// the generic stays in bounds. Dims under `...` that are 1 only at run time
// do not broadcast (the check fails); a static 1 does.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/EinsumEquation.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/dialects/ONNX/IR/ShapeHelpers.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"
#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <map>

using namespace mlir;

namespace onnxc {
namespace {

using Label = EinsumEquation::Label;

/// Where a label's size comes from: dim `dim` of operand `operand`.
struct LabelSource {
  unsigned operand;
  int64_t dim;
  int64_t staticSize;
};

std::string describeLabel(Label l) {
  if (EinsumEquation::isEllipsis(l))
    return "under '...'";
  return std::string("label '") + static_cast<char>(l) + "'";
}

/// For each label, the occurrence that decides its size: a static one
/// (other than a broadcast 1 under `...`) where there is one, else the
/// first dynamic one, else a static 1.
std::map<Label, LabelSource> chooseSources(const EinsumEquation &eq,
                                           ArrayRef<RankedTensorType> types) {
  auto rank = [](const LabelSource &s) {
    if (!ShapedType::isDynamic(s.staticSize) && s.staticSize != 1)
      return 2;
    return ShapedType::isDynamic(s.staticSize) ? 1 : 0;
  };
  std::map<Label, LabelSource> sources;
  for (auto [k, labels] : llvm::enumerate(eq.inputs))
    for (auto [d, l] : llvm::enumerate(labels)) {
      LabelSource s{static_cast<unsigned>(k), static_cast<int64_t>(d),
                    types[k].getDimSize(d)};
      auto [it, inserted] = sources.try_emplace(l, s);
      if (!inserted && rank(s) > rank(it->second))
        it->second = s;
    }
  return sources;
}

struct EinsumToLinalg : OpConversionPattern<EinsumOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(EinsumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    SmallVector<Value> operands(adaptor.getInputs());
    SmallVector<RankedTensorType> types;
    SmallVector<int64_t> ranks;
    for (Value v : operands) {
      auto t = dyn_cast<RankedTensorType>(v.getType());
      if (!t)
        return rewriter.notifyMatchFailure(op, "operand ranks unknown");
      types.push_back(t);
      ranks.push_back(t.getRank());
    }
    auto resultType = getConvertedRankedType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "result rank unknown");
    Type et = resultType.getElementType();
    if (!isa<FloatType>(et) && !(isa<IntegerType>(et) && !et.isInteger(1)))
      return rewriter.notifyMatchFailure(op, "element type");
    EinsumEquation eq;
    std::string error;
    if (!parseEinsumEquation(op.getEquation(), ranks, eq, error))
      return rewriter.notifyMatchFailure(op, error);

    std::map<Label, LabelSource> sources = chooseSources(eq, types);
    std::map<Label, unsigned> loopOf;
    for (auto [i, l] : llvm::enumerate(eq.loops))
      loopOf[l] = i;
    auto sizeOf = [&](Label l) {
      const LabelSource &s = sources.at(l);
      return tensor::getMixedSize(rewriter, loc, operands[s.operand], s.dim);
    };

    // Indexing maps, and the run-time checks of dims that must equal their
    // label's size.
    MLIRContext *ctx = rewriter.getContext();
    unsigned numLoops = eq.loops.size();
    SmallVector<AffineMap> maps;
    std::string node = describeNodeForFormat(op);
    for (auto [k, labels] : llvm::enumerate(eq.inputs)) {
      SmallVector<AffineExpr> exprs;
      SmallVector<OpFoldResult> expected;
      Value wrong;
      for (auto [d, l] : llvm::enumerate(labels)) {
        const LabelSource &s = sources.at(l);
        int64_t size = types[k].getDimSize(d);
        bool broadcast =
            EinsumEquation::isEllipsis(l) && size == 1 && s.staticSize != 1;
        exprs.push_back(broadcast ? getAffineConstantExpr(0, ctx)
                                  : getAffineDimExpr(loopOf.at(l), ctx));
        OpFoldResult want = broadcast ? rewriter.getIndexAttr(1) : sizeOf(l);
        expected.push_back(want);
        bool isSource = s.operand == k && s.dim == static_cast<int64_t>(d);
        if (broadcast || isSource ||
            (!ShapedType::isDynamic(size) &&
             !ShapedType::isDynamic(s.staticSize)))
          continue; // equal at compile time (the shape function checked it)
        Value here = tensor::DimOp::create(rewriter, loc, operands[k], d);
        Value there = getValueOrCreateConstantIndexOp(rewriter, loc, want);
        Value differs = arith::CmpIOp::create(
            rewriter, loc, arith::CmpIPredicate::ne, here, there);
        emitRuntimeFailure(rewriter, loc, differs,
                           node + ": dim " + std::to_string(d) + " of input " +
                               std::to_string(k) + " (" + describeLabel(l) +
                               ") is %lld at run time, %lld elsewhere",
                           {here, there});
        wrong = wrong ? arith::OrIOp::create(rewriter, loc, wrong, differs)
                            .getResult()
                      : differs;
      }
      maps.push_back(AffineMap::get(numLoops, 0, exprs, ctx));
      if (!wrong)
        continue;
      // After a failed check: zeros of the sizes the loops expect.
      Value original = operands[k];
      operands[k] =
          scf::IfOp::create(
              rewriter, loc, wrong,
              [&](OpBuilder &tb, Location tl) {
                Value empty = emptyTensor(tb, tl, expected, et);
                Value zero = createScalarConstant(tb, tl, et, 0.0);
                Value filled =
                    linalg::FillOp::create(tb, tl, zero, empty).getResult(0);
                scf::YieldOp::create(
                    tb, tl, ValueRange{castIfNeeded(tb, tl, filled, types[k])});
              },
              [&](OpBuilder &eb, Location el) {
                scf::YieldOp::create(eb, el, ValueRange{original});
              })
              .getResult(0);
    }

    // The output: one parallel loop per output label, reductions after.
    SmallVector<OpFoldResult> outSizes;
    for (Label l : eq.output)
      outSizes.push_back(sizeOf(l));
    bool reduces = eq.loops.size() > eq.output.size();
    Value init = emptyTensor(rewriter, loc, outSizes, et);
    if (reduces)
      init =
          linalg::FillOp::create(
              rewriter, loc, createScalarConstant(rewriter, loc, et, 0.0), init)
              .getResult(0);
    SmallVector<utils::IteratorType> iterators(numLoops,
                                               utils::IteratorType::reduction);
    for (size_t i = 0; i < eq.output.size(); ++i)
      iterators[i] = utils::IteratorType::parallel;
    SmallVector<AffineExpr> outExprs;
    for (size_t i = 0; i < eq.output.size(); ++i)
      outExprs.push_back(getAffineDimExpr(i, ctx));
    maps.push_back(AffineMap::get(numLoops, 0, outExprs, ctx));
    bool isFloat = isa<FloatType>(et);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, init.getType(), operands, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value product = args[0];
          for (Value v : args.drop_front().drop_back())
            product = isFloat
                          ? arith::MulFOp::create(b, l, product, v).getResult()
                          : arith::MulIOp::create(b, l, product, v).getResult();
          if (reduces)
            product = isFloat
                          ? arith::AddFOp::create(b, l, args.back(), product)
                                .getResult()
                          : arith::AddIOp::create(b, l, args.back(), product)
                                .getResult();
          linalg::YieldOp::create(b, l, product);
        });
    rewriter.replaceOp(
        op, castIfNeeded(rewriter, loc, generic.getResult(0), resultType));
    return success();
  }
};

} // namespace

void populateEinsumToLinalgPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  patterns.add<EinsumToLinalg>(converter, patterns.getContext());
}

} // namespace onnxc
