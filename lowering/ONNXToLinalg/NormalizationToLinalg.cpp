//===- NormalizationToLinalg.cpp ---------------------------------------------------------===//
// (being written)

#include "onnxc/lowering/ONNXToLinalg/Patterns.h"

namespace onnxc {
void populateNormalizationToLinalgPatterns(const mlir::TypeConverter &,
                                    mlir::RewritePatternSet &) {}
} // namespace onnxc
