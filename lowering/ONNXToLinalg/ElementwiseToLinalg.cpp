//===- ElementwiseToLinalg.cpp ---------------------------------------------------------===//
// (being written)

#include "onnxc/lowering/ONNXToLinalg/Patterns.h"

namespace onnxc {
void populateElementwiseToLinalgPatterns(const mlir::TypeConverter &,
                                    mlir::RewritePatternSet &) {}
} // namespace onnxc
