//===- Pipelines.cpp - Phases and pipeline builders -----------------------===//

#include "onnxc/compiler/Pipelines/Pipelines.h"
#include "onnxc/dialects/ONNX/Transforms/Passes.h"
#include "onnxc/lowering/ONNXToLinalg/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace onnxc {

std::optional<Phase> parsePhase(llvm::StringRef name) {
  if (name == "import") return Phase::Import;
  if (name == "onnx") return Phase::ONNX;
  if (name == "linalg") return Phase::Linalg;
  return std::nullopt;
}

llvm::StringRef getPhaseName(Phase phase) {
  switch (phase) {
  case Phase::Import: return "import";
  case Phase::ONNX: return "onnx";
  case Phase::Linalg: return "linalg";
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
  buildONNXPipeline(pm, options);
  pm.addPass(createConvertONNXToLinalgPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

namespace {
struct ONNXPipelineCLOptions
    : public PassPipelineOptions<ONNXPipelineCLOptions> {
  Option<unsigned> maxSimplifyIterations{
      *this, "max-simplify-iterations",
      llvm::cl::desc("Rounds of shape inference and folding"),
      llvm::cl::init(8)};
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
}

} // namespace onnxc
