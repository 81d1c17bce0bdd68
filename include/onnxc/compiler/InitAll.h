//===- InitAll.h - Register every onnxc dialect and pass --------*- C++ -*-===//

#ifndef ONNXC_COMPILER_INITALL_H
#define ONNXC_COMPILER_INITALL_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace onnxc {

/// Adds the onnxc dialects and the upstream ones its pipelines use.
void registerAllDialects(mlir::DialectRegistry &registry);

/// Registers the onnxc passes and pipelines and the upstream passes they use
/// (so onnxc-opt can reproduce every phase).
void registerAllPasses();

} // namespace onnxc

#endif // ONNXC_COMPILER_INITALL_H
