//===- ConvertONNXToLinalg.cpp - The conversion pass ----------------------===//

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"
#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"
#include "onnxc/lowering/ONNXToLinalg/Passes.h"
#include "onnxc/lowering/ONNXToLinalg/Patterns.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_CONVERTONNXTOLINALGPASS
#include "onnxc/lowering/ONNXToLinalg/Passes.h.inc"

ONNXToLinalgTypeConverter::ONNXToLinalgTypeConverter() {
  addConversion([](Type type) { return type; });
  addConversion([](IntegerType type) -> Type {
    return IntegerType::get(type.getContext(), type.getWidth());
  });
  addConversion([this](RankedTensorType type) -> Type {
    return RankedTensorType::get(type.getShape(),
                                 convertType(type.getElementType()));
  });
  addConversion([this](UnrankedTensorType type) -> Type {
    return UnrankedTensorType::get(convertType(type.getElementType()));
  });
  // Between signless and unsigned tensors of the same bits.
  auto cast = [](OpBuilder &b, Type type, ValueRange inputs,
                 Location loc) -> Value {
    return UnrealizedConversionCastOp::create(b, loc, type, inputs)
        .getResult(0);
  };
  addSourceMaterialization(cast);
  addTargetMaterialization(cast);
}

namespace {
/// onnx.Constant -> arith.constant (dense and dense_resource alike).
struct ConstantToArith : OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = getConvertedRankedType(op.getType());
    if (!type)
      return failure();
    ElementsAttr value = op.getValue();
    if (type != value.getType()) {
      // Unsigned integers: the same bits under a signless type.
      auto dense = dyn_cast<DenseElementsAttr>(value);
      if (!dense)
        return failure();
      value = dense.bitcast(type.getElementType());
    }
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type,
                                                   cast<TypedAttr>(value));
    return success();
  }
};

struct ConvertONNXToLinalgPass
    : impl::ConvertONNXToLinalgPassBase<ConvertONNXToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    ONNXToLinalgTypeConverter converter;
    RewritePatternSet patterns(context);
    patterns.add<ConstantToArith>(converter, context);
    populateElementwiseToLinalgPatterns(converter, patterns);
    populateMatMulToLinalgPatterns(converter, patterns);
    populateConvToLinalgPatterns(converter, patterns);
    populatePoolingToLinalgPatterns(converter, patterns);
    populateReductionToLinalgPatterns(converter, patterns);
    populateNormalizationToLinalgPatterns(converter, patterns);
    populateReshapeToLinalgPatterns(converter, patterns);
    populateSliceConcatToLinalgPatterns(converter, patterns);
    populateDataMovementToLinalgPatterns(converter, patterns);
    populateIndexingToLinalgPatterns(converter, patterns);
    populateResizeToLinalgPatterns(converter, patterns);
    populateRecurrentToLinalgPatterns(converter, patterns);
    populateControlFlowToSCFPatterns(converter, patterns);
    populateScanToLinalgPatterns(converter, patterns);
    populateGatherScatterNDToLinalgPatterns(converter, patterns);
    populateQuantizationToLinalgPatterns(converter, patterns);
    populateSelectionToLinalgPatterns(converter, patterns);
    populateEinsumToLinalgPatterns(converter, patterns);
    populateLinearAlgebraToLinalgPatterns(converter, patterns);
    populateSamplingToLinalgPatterns(converter, patterns);
    populateNonMaxSuppressionToLinalgPatterns(converter, patterns);
    populateSignalToLinalgPatterns(converter, patterns);
    populateTfIdfVectorizerToLinalgPatterns(converter, patterns);
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(patterns,
                                                                   converter);
    populateReturnOpTypeConversionPattern(patterns, converter);
    populateCallOpTypeConversionPattern(patterns, converter);

    ConversionTarget target(*context);
    target.addLegalDialect<
        arith::ArithDialect, linalg::LinalgDialect, math::MathDialect,
        tensor::TensorDialect, scf::SCFDialect, affine::AffineDialect,
        bufferization::BufferizationDialect, LLVM::LLVMDialect>();
    target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
      return converter.isSignatureLegal(op.getFunctionType());
    });
    target.addDynamicallyLegalOp<func::ReturnOp, func::CallOp>(
        [&](Operation *op) { return converter.isLegal(op); });
    // onnx ops are left of unknown legality: what no pattern lowers stays,
    // and is reported below, every op at its node.
    ModuleOp module = getOperation();
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      return signalPassFailure();

    bool leftovers = false;
    module.walk([&](Operation *op) {
      if (!isa<ONNXDialect>(op->getDialect()) || isa<NoValueOp>(op))
        return;
      InFlightDiagnostic diag = op->emitError()
                                << "'" << op->getName()
                                << "' cannot be lowered to linalg";
      if (llvm::any_of(op->getOperandTypes(),
                       [](Type t) { return isa<UnrankedTensorType>(t); }) ||
          llvm::any_of(op->getResultTypes(),
                       [](Type t) { return isa<UnrankedTensorType>(t); }))
        diag << " (its operand or result ranks are unknown)";
      else
        diag << " with these operand types and attributes";
      leftovers = true;
    });
    if (leftovers)
      return signalPassFailure();
    module.walk([](NoValueOp op) {
      if (op->use_empty())
        op->erase();
    });
  }
};
} // namespace

} // namespace onnxc
