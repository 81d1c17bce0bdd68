//===- DataMovementToLinalg.cpp ---------------------------------------------------------===//
// (being written)

#include "onnxc/lowering/ONNXToLinalg/Patterns.h"

namespace onnxc {
void populateDataMovementToLinalgPatterns(const mlir::TypeConverter &,
                                    mlir::RewritePatternSet &) {}
} // namespace onnxc
