//===- Patterns.h - ONNX to linalg patterns, by op family -------*- C++ -*-===//
//
// Each family file exposes one populate function. Patterns are
// OpConversionPatterns on onnx ops; they read the original (ONNX) operand
// types from the op and the converted (signless) values from the adaptor.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_PATTERNS_H
#define ONNXC_LOWERING_ONNXTOLINALG_PATTERNS_H

#include "mlir/Transforms/DialectConversion.h"

namespace onnxc {

/// Unsigned integer element types become signless (arith works on signless
/// integers; the signedness stays on the onnx ops' original types).
class ONNXToLinalgTypeConverter : public mlir::TypeConverter {
public:
  ONNXToLinalgTypeConverter();
};

/// Unary, binary, comparison, variadic and activation ops, Where, Clip,
/// Cast: linalg.generic with broadcasting in the indexing maps.
void populateElementwiseToLinalgPatterns(const mlir::TypeConverter &converter,
                                         mlir::RewritePatternSet &patterns);
/// MatMul and Gemm.
void populateMatMulToLinalgPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns);
/// Conv and ConvTranspose.
void populateConvToLinalgPatterns(const mlir::TypeConverter &converter,
                                  mlir::RewritePatternSet &patterns);
/// MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool.
void populatePoolingToLinalgPatterns(const mlir::TypeConverter &converter,
                                     mlir::RewritePatternSet &patterns);
/// Reduce*, ArgMax, ArgMin.
void populateReductionToLinalgPatterns(const mlir::TypeConverter &converter,
                                       mlir::RewritePatternSet &patterns);
/// Softmax, LogSoftmax, LayerNormalization, BatchNormalization,
/// InstanceNormalization.
void populateNormalizationToLinalgPatterns(const mlir::TypeConverter &converter,
                                           mlir::RewritePatternSet &patterns);
/// Reshape, Flatten, Squeeze, Unsqueeze.
void populateReshapeToLinalgPatterns(const mlir::TypeConverter &converter,
                                     mlir::RewritePatternSet &patterns);
/// Transpose, Concat, Slice, Split, Pad.
void populateSliceConcatToLinalgPatterns(const mlir::TypeConverter &converter,
                                         mlir::RewritePatternSet &patterns);
/// Gather, Expand, Tile, Shape, Size, ConstantOfShape, Range.
void populateDataMovementToLinalgPatterns(const mlir::TypeConverter &converter,
                                          mlir::RewritePatternSet &patterns);
/// GatherElements, ScatterElements, Trilu, DepthToSpace, SpaceToDepth,
/// OneHot, EyeLike (elements read, written or selected by their indices).
void populateIndexingToLinalgPatterns(const mlir::TypeConverter &converter,
                                      mlir::RewritePatternSet &patterns);
/// GatherND, ScatterND (coordinates in the last dim of the indices).
void populateGatherScatterNDToLinalgPatterns(
    const mlir::TypeConverter &converter, mlir::RewritePatternSet &patterns);
/// TopK, NonZero, Compress, Unique (elements selected by their values;
/// output sizes counted at run time).
void populateSelectionToLinalgPatterns(const mlir::TypeConverter &converter,
                                       mlir::RewritePatternSet &patterns);
/// Einsum (one linalg.generic from the parsed equation).
void populateEinsumToLinalgPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns);
/// Det (Gaussian elimination per matrix).
void populateLinearAlgebraToLinalgPatterns(const mlir::TypeConverter &converter,
                                           mlir::RewritePatternSet &patterns);
/// GridSample, RoiAlign (interpolated reads of images).
void populateSamplingToLinalgPatterns(const mlir::TypeConverter &converter,
                                      mlir::RewritePatternSet &patterns);
/// NonMaxSuppression (greedy selection of boxes; the count is found at run
/// time).
void populateNonMaxSuppressionToLinalgPatterns(
    const mlir::TypeConverter &converter, mlir::RewritePatternSet &patterns);
/// DFT, STFT, MelWeightMatrix (direct transforms, mel filters).
void populateSignalToLinalgPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns);
/// TfIdfVectorizer (n-gram counts of integer rows).
void populateTfIdfVectorizerToLinalgPatterns(
    const mlir::TypeConverter &converter, mlir::RewritePatternSet &patterns);
/// CumSum (running reductions).
void populateScanToLinalgPatterns(const mlir::TypeConverter &converter,
                                  mlir::RewritePatternSet &patterns);
/// If, Loop, Scan (scf.if and scf.while; the bodies stay regions).
void populateControlFlowToSCFPatterns(const mlir::TypeConverter &converter,
                                      mlir::RewritePatternSet &patterns);
/// RNN, GRU, LSTM (a loop over the time steps per direction).
void populateRecurrentToLinalgPatterns(const mlir::TypeConverter &converter,
                                       mlir::RewritePatternSet &patterns);
/// QuantizeLinear, DequantizeLinear, MatMulInteger, ConvInteger,
/// QLinearMatMul, QLinearConv.
void populateQuantizationToLinalgPatterns(const mlir::TypeConverter &converter,
                                          mlir::RewritePatternSet &patterns);
/// Resize (and Upsample, imported as Resize).
void populateResizeToLinalgPatterns(const mlir::TypeConverter &converter,
                                    mlir::RewritePatternSet &patterns);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_PATTERNS_H
