//===- ReductionToLinalg.cpp ---------------------------------------------------------===//
// (being written)

#include "onnxc/lowering/ONNXToLinalg/Patterns.h"

namespace onnxc {
void populateReductionToLinalgPatterns(const mlir::TypeConverter &,
                                    mlir::RewritePatternSet &) {}
} // namespace onnxc
