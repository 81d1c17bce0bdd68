//===- PoolingToLinalg.cpp ---------------------------------------------------------===//
// (being written)

#include "onnxc/lowering/ONNXToLinalg/Patterns.h"

namespace onnxc {
void populatePoolingToLinalgPatterns(const mlir::TypeConverter &,
                                    mlir::RewritePatternSet &) {}
} // namespace onnxc
