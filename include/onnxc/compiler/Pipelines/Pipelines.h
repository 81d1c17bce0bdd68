//===- Pipelines.h - Phases and pipeline builders ---------------*- C++ -*-===//

#ifndef ONNXC_COMPILER_PIPELINES_PIPELINES_H
#define ONNXC_COMPILER_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace onnxc {

/// Where `onnxc --compile-to` stops, in pipeline order.
enum class Phase { Import, ONNX, Linalg, Tiled, Bufferized, LLVMMLIR };

/// The phases that run passes, in order (Import has none).
inline constexpr Phase kPassPhases[] = {Phase::ONNX, Phase::Linalg,
                                        Phase::Tiled, Phase::Bufferized,
                                        Phase::LLVMMLIR};

std::optional<Phase> parsePhase(llvm::StringRef name);
llvm::StringRef getPhaseName(Phase phase);

/// Options of the graph-level (onnx) phase.
struct ONNXPipelineOptions {
  /// Rounds of shape inference and folding.
  unsigned maxSimplifyIterations = 8;
  /// Register block of matrix products: output rows x output columns. The
  /// columns are two vector registers of the target (see
  /// getRegisterBlockForVectorBits).
  unsigned tileRows = 8;
  unsigned tileCols = 32;
};

/// The register block for a target whose vector registers have
/// `vectorBits` bits: two registers of columns, and as many rows as leave
/// registers for the operands (8 x 32 for 512 bits, 6 x 16 for 256).
void setRegisterBlockForVectorBits(ONNXPipelineOptions &options,
                                   unsigned vectorBits);

/// Shape inference, folding and canonicalisation on the ONNX dialect.
void buildONNXPipeline(mlir::OpPassManager &pm,
                       const ONNXPipelineOptions &options);

/// The graph-level phase, then ONNX -> linalg on tensors.
void buildLinalgPipeline(mlir::OpPassManager &pm,
                         const ONNXPipelineOptions &options);

/// On linalg: convolutions become matrix products, which are tiled into
/// register blocks on a parallel loop and given vector kernels; the loops of
/// the remaining reductions are ordered for contiguous access.
void buildTilePipeline(mlir::OpPassManager &pm,
                       const ONNXPipelineOptions &options);

/// From linalg on tensors: one-shot bufferization (function boundaries
/// included, identity layouts) and deallocation of intermediates; the
/// results of `main_graph` are allocated for the caller.
void buildBufferizePipeline(mlir::OpPassManager &pm);

/// From buffers: loops, then the LLVM dialect; `main_graph` gets a C
/// interface (`_mlir_ciface_main_graph`).
void buildLLVMPipeline(mlir::OpPassManager &pm);

/// The passes of one phase (Import has none).
void buildPhasePipeline(mlir::OpPassManager &pm, Phase phase,
                        const ONNXPipelineOptions &options);

/// Runs every phase up to and including `last` (Import adds nothing).
void buildPipelineUpTo(mlir::OpPassManager &pm, Phase last,
                       const ONNXPipelineOptions &options);

/// Registers `onnxc-onnx-pipeline`, `onnxc-linalg-pipeline`,
/// `onnxc-tile-pipeline`,
/// `onnxc-bufferize-pipeline` and `onnxc-llvm-pipeline` for onnxc-opt.
void registerPipelines();

} // namespace onnxc

#endif // ONNXC_COMPILER_PIPELINES_PIPELINES_H
