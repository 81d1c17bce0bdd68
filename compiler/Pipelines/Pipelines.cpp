//===- Pipelines.cpp - Phases and pipeline builders -----------------------===//

#include "onnxc/compiler/Pipelines/Pipelines.h"
#include "onnxc/dialects/ONNX/Transforms/Passes.h"
#include "onnxc/lowering/CPU/Passes.h"
#include "onnxc/lowering/Linalg/Passes.h"
#include "onnxc/lowering/ONNXToLinalg/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace onnxc {

std::optional<Phase> parsePhase(llvm::StringRef name) {
  if (name == "import") return Phase::Import;
  if (name == "onnx") return Phase::ONNX;
  if (name == "linalg") return Phase::Linalg;
  if (name == "tiled") return Phase::Tiled;
  if (name == "bufferized") return Phase::Bufferized;
  if (name == "llvm-mlir") return Phase::LLVMMLIR;
  return std::nullopt;
}

llvm::StringRef getPhaseName(Phase phase) {
  switch (phase) {
  case Phase::Import: return "import";
  case Phase::ONNX: return "onnx";
  case Phase::Linalg: return "linalg";
  case Phase::Tiled: return "tiled";
  case Phase::Bufferized: return "bufferized";
  case Phase::LLVMMLIR: return "llvm-mlir";
  }
  return "unknown";
}

void buildONNXPipeline(OpPassManager &pm, const ONNXPipelineOptions &options) {
  ONNXSimplifyPassOptions simplify;
  simplify.maxIterations = options.maxSimplifyIterations;
  pm.addNestedPass<func::FuncOp>(createONNXSimplifyPass(simplify));
  pm.addPass(createCSEPass());
}

void buildLinalgPipeline(OpPassManager &pm,
                         const ONNXPipelineOptions &options) {
  buildPipelineUpTo(pm, Phase::Linalg, options);
}

void setRegisterBlockForVectorBits(ONNXPipelineOptions &options,
                                   unsigned vectorBits) {
  unsigned lanes = std::max(4u, vectorBits / 32);
  options.tileCols = 2 * lanes;
  // 32 registers with AVX-512, 16 below: the accumulators take 2 per row.
  options.tileRows = vectorBits >= 512 ? 8 : vectorBits >= 256 ? 6 : 4;
}

void buildTilePipeline(OpPassManager &pm, const ONNXPipelineOptions &options) {
  pm.addNestedPass<func::FuncOp>(createConvsToContractionsPass());
  pm.addNestedPass<func::FuncOp>(createTransposeConstantOperandsPass());
  pm.addPass(createCanonicalizerPass());
  TileContractionsPassOptions tiling;
  tiling.tileRows = options.tileRows;
  tiling.tileCols = options.tileCols;
  pm.addNestedPass<func::FuncOp>(createTileContractionsPass(tiling));
  // Static tile types first: the kernels' results then have the types of
  // the slices they fill, and bufferize in place without copies.
  pm.addPass(createCanonicalizerPass());
  pm.addNestedPass<func::FuncOp>(createVectorizeContractionTilesPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addNestedPass<func::FuncOp>(createInterchangeReductionsOutwardPass());
}

void buildBufferizePipeline(OpPassManager &pm) {
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  // A loop may carry a tensor that each iteration computes anew (the state
  // of a recurrent layer); the deallocation pipeline frees the old one.
  bufferize.allowReturnAllocsFromLoops = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  pm.addPass(createCanonicalizerPass());
  bufferization::BufferDeallocationPipelineOptions dealloc;
  bufferization::buildBufferDeallocationPipeline(pm, dealloc);
  // A graph output that is an input, a constant or a view of either is a
  // bufferization.clone of it: an allocation and a copy, owned by the caller.
  pm.addPass(createConvertBufferizationToMemRefPass());
  pm.addPass(createCanonicalizerPass());
  // Static intermediates share one arena that the session keeps.
  pm.addNestedPass<func::FuncOp>(createPlanStaticMemoryPass());
}

/// Marks public functions for a C interface wrapper and drops the onnx.*
/// argument and result attributes, which LLVM has no use for.
namespace {
struct EmitCInterfacePass
    : PassWrapper<EmitCInterfacePass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(EmitCInterfacePass)
  void runOnOperation() override {
    getOperation().walk([](func::FuncOp func) {
      if (func.isPublic())
        func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(),
                      UnitAttr::get(func.getContext()));
      func.removeArgAttrsAttr();
      func.removeResAttrsAttr();
    });
  }
};
} // namespace

void buildLLVMPipeline(OpPassManager &pm) {
  pm.addPass(std::make_unique<EmitCInterfacePass>());
  // Parallel loops; the outermost of each op nest runs on the thread pool.
  pm.addPass(createForallToParallelLoopPass());
  pm.addNestedPass<func::FuncOp>(createMemRefCopyToLinalgPass());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
  pm.addPass(createOutlineParallelLoopsPass());
  pm.addNestedPass<func::FuncOp>(createLowerDynamicExpandShapePass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createConvertVectorToSCFPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  // Math first: libm calls for vectors are unrolled into vector ops.
  pm.addNestedPass<func::FuncOp>(createApproximateMathPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(createLowerArenaPass());
  // Allocations go through the runtime, which keeps freed blocks per
  // session (runtime/onnxc_runtime.c).
  FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
  memrefToLLVM.useGenericFunctions = true;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createLowerParallelDispatchPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

void buildPhasePipeline(OpPassManager &pm, Phase phase,
                        const ONNXPipelineOptions &options) {
  switch (phase) {
  case Phase::Import: return;
  case Phase::ONNX: buildONNXPipeline(pm, options); return;
  case Phase::Linalg:
    pm.addPass(createConvertONNXToLinalgPass());
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createCSEPass());
    // Chains of elementwise ops become one loop nest (no intermediates).
    pm.addPass(createLinalgElementwiseOpFusionPass());
    return;
  case Phase::Tiled: buildTilePipeline(pm, options); return;
  case Phase::Bufferized: buildBufferizePipeline(pm); return;
  case Phase::LLVMMLIR: buildLLVMPipeline(pm); return;
  }
}

void buildPipelineUpTo(OpPassManager &pm, Phase last,
                       const ONNXPipelineOptions &options) {
  for (Phase phase : kPassPhases) {
    if (phase > last) return;
    buildPhasePipeline(pm, phase, options);
  }
}

namespace {
struct ONNXPipelineCLOptions
    : public PassPipelineOptions<ONNXPipelineCLOptions> {
  Option<unsigned> maxSimplifyIterations{
      *this, "max-simplify-iterations",
      llvm::cl::desc("Rounds of shape inference and folding"),
      llvm::cl::init(8)};
};

struct TilePipelineCLOptions
    : public PassPipelineOptions<TilePipelineCLOptions> {
  Option<unsigned> tileRows{*this, "tile-rows",
                            llvm::cl::desc("Output rows per register block"),
                            llvm::cl::init(8)};
  Option<unsigned> tileCols{*this, "tile-cols",
                            llvm::cl::desc("Output columns per register block"),
                            llvm::cl::init(32)};
};
} // namespace

void registerPipelines() {
  PassPipelineRegistration<ONNXPipelineCLOptions>(
      "onnxc-onnx-pipeline",
      "The graph-level phase of onnxc (what --compile-to=onnx runs)",
      [](OpPassManager &pm, const ONNXPipelineCLOptions &cl) {
        ONNXPipelineOptions options;
        options.maxSimplifyIterations = cl.maxSimplifyIterations;
        buildONNXPipeline(pm, options);
      });
  PassPipelineRegistration<ONNXPipelineCLOptions>(
      "onnxc-linalg-pipeline",
      "The phases up to linalg on tensors (what --compile-to=linalg runs)",
      [](OpPassManager &pm, const ONNXPipelineCLOptions &cl) {
        ONNXPipelineOptions options;
        options.maxSimplifyIterations = cl.maxSimplifyIterations;
        buildLinalgPipeline(pm, options);
      });
  PassPipelineRegistration<TilePipelineCLOptions>(
      "onnxc-tile-pipeline",
      "Register-blocked matrix products on linalg (what --compile-to=tiled "
      "adds)",
      [](OpPassManager &pm, const TilePipelineCLOptions &cl) {
        ONNXPipelineOptions options;
        options.tileRows = cl.tileRows;
        options.tileCols = cl.tileCols;
        buildTilePipeline(pm, options);
      });
  PassPipelineRegistration<>(
      "onnxc-bufferize-pipeline",
      "From linalg on tensors to buffers (what --compile-to=bufferized adds)",
      buildBufferizePipeline);
  PassPipelineRegistration<>(
      "onnxc-llvm-pipeline",
      "From buffers to the LLVM dialect (what --compile-to=llvm-mlir adds)",
      buildLLVMPipeline);
}

} // namespace onnxc
