//===- onnxc.cpp - The onnxc compiler driver ------------------------------===//

#include "onnxc/compiler/Import/ModelImporter.h"
#include "onnxc/compiler/InitAll.h"
#include "onnxc/compiler/Pipelines/Pipelines.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"

#include <chrono>
#include <sys/resource.h>

using namespace mlir;
namespace cl = llvm::cl;

static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<model.onnx | model.onnxtxt>"));
static cl::opt<std::string> outputFile("o", cl::desc("Output file"),
                                       cl::value_desc("filename"),
                                       cl::init("-"));
static cl::opt<std::string> compileTo(
    "compile-to",
    cl::desc("Stop after this phase and print its IR: import (as imported), "
             "onnx (shape-inferred and simplified), linalg (linalg on "
             "tensors), bufferized (buffers), llvm-mlir (LLVM dialect)"),
    cl::init("onnx"));
static cl::opt<bool> verbose("v",
                             cl::desc("Print each phase's time and the peak "
                                      "memory so far to stderr"));
static cl::opt<int64_t> resourceThreshold(
    "resource-threshold",
    cl::desc("Tensors with more elements become dense_resource blobs"),
    cl::init(64));

/// "FILE: error: MESSAGE", naming the ONNX node or value where the location
/// carries one and the message does not already.
static LogicalResult printDiagnostic(Diagnostic &diag) {
  std::string file = inputFile, name;
  Location loc = diag.getLocation();
  if (auto named = dyn_cast<NameLoc>(loc)) {
    name = named.getName().str();
    loc = named.getChildLoc();
  }
  if (auto fileLoc = dyn_cast<FileLineColLoc>(loc))
    file = fileLoc.getFilename().str();
  const char *severity = diag.getSeverity() == DiagnosticSeverity::Error
                             ? "error"
                         : diag.getSeverity() == DiagnosticSeverity::Warning
                             ? "warning"
                             : "note";
  std::string message = diag.str();
  llvm::errs() << file << ": " << severity << ": " << message;
  if (!name.empty() && message.find("'" + name + "'") == std::string::npos)
    llvm::errs() << " [at '" << name << "']";
  llvm::errs() << "\n";
  for (Diagnostic &note : diag.getNotes())
    llvm::errs() << file << ": note: " << note.str() << "\n";
  return success();
}

/// With -v: "onnxc: PHASE: 1.234 s, peak memory 567 MB".
class PhaseTimer {
public:
  void done(llvm::StringRef phase) {
    auto now = std::chrono::steady_clock::now();
    if (verbose) {
      struct rusage usage;
      getrusage(RUSAGE_SELF, &usage);
      double seconds = std::chrono::duration<double>(now - start).count();
      llvm::errs() << llvm::format("onnxc: %s: %.3f s, peak memory %ld MB\n",
                                   phase.str().c_str(), seconds,
                                   usage.ru_maxrss / 1024);
    }
    start = now;
  }

private:
  std::chrono::steady_clock::time_point start =
      std::chrono::steady_clock::now();
};

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  registerPassManagerCLOptions();
  cl::ParseCommandLineOptions(argc, argv, "onnxc: ONNX ahead-of-time compiler\n");

  std::optional<onnxc::Phase> phase = onnxc::parsePhase(compileTo);
  if (!phase) {
    llvm::errs() << "onnxc: error: unknown --compile-to phase '" << compileTo
                 << "' (expected import, onnx, linalg, bufferized or llvm-mlir)\n";
    return 1;
  }

  DialectRegistry registry;
  onnxc::registerAllDialects(registry);
  MLIRContext context(registry);
  context.printOpOnDiagnostic(false);
  context.getDiagEngine().registerHandler(printDiagnostic);

  onnxc::ImportOptions importOptions;
  importOptions.resourceThreshold = resourceThreshold;
  PhaseTimer timer;
  OwningOpRef<ModuleOp> module =
      onnxc::importModelFile(inputFile, &context, importOptions);
  if (!module) return 1;
  timer.done("import");

  if (*phase != onnxc::Phase::Import) {
    PassManager pm(&context);
    if (failed(applyPassManagerCLOptions(pm))) return 1;
    onnxc::buildPipelineUpTo(pm, *phase, onnxc::ONNXPipelineOptions());
    if (failed(pm.run(*module))) return 1;
    timer.done(onnxc::getPhaseName(*phase));
  }

  std::string error;
  auto output = openOutputFile(outputFile, &error);
  if (!output) {
    llvm::errs() << "onnxc: error: " << error << "\n";
    return 1;
  }
  module->print(output->os());
  output->os() << "\n";
  output->keep();
  timer.done("print");
  return 0;
}
