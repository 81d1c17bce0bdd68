//===- onnxc.cpp - The onnxc compiler driver ------------------------------===//

#include "onnxc/compiler/Import/ModelImporter.h"
#include "onnxc/compiler/InitAll.h"
#include "onnxc/compiler/Pipelines/Pipelines.h"
#include "onnxc/compiler/Target/ModelABI.h"
#include "onnxc/compiler/Target/ObjectEmission.h"
#include "onnxc/compiler/Target/SharedLibraryLinker.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Support/Timing.h"
#include "llvm/CodeGen/CommandFlags.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"

#include <chrono>
#include <cstdlib>
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
    cl::desc("Stop after this phase: import, onnx, linalg, tiled, bufferized, "
             "llvm-mlir (IR of each), llvm (LLVM IR), obj (object file), so "
             "(shared library + header; the default when -o ends in .so)"));
static cl::opt<unsigned> optLevel("O", cl::Prefix, cl::init(2),
                                  cl::desc("Optimisation level 0-3 (-O2)"));
// --mcpu and LLVM's other codegen flags (lld registers the same set).
static llvm::codegen::RegisterCodeGenFlags codegenFlags;
static cl::opt<std::string>
    symbolPrefix("prefix", cl::init(""),
                 cl::desc("Prefix of the exported symbols (default: from the "
                          "output file name)"));
static cl::opt<unsigned> tileRows(
    "tile-rows",
    cl::desc("Output rows per register block of matrix products (default: "
             "from the target's vector registers)"),
    cl::init(0));
static cl::opt<unsigned> tileCols(
    "tile-cols",
    cl::desc("Output columns per register block, a power of two (default: "
             "two vector registers of the target)"),
    cl::init(0));
static cl::opt<bool> verbose("v",
                             cl::desc("Print each phase's time and the peak "
                                      "memory so far to stderr"));
static cl::opt<int64_t> resourceThreshold(
    "resource-threshold",
    cl::desc("Tensors with more elements become dense_resource blobs"),
    cl::init(64));

/// The model path, kept apart from the option: lld resets every registered
/// option when it runs.
static std::string modelPath;

/// "FILE: error: MESSAGE", naming the ONNX node or value where the location
/// carries one and the message does not already.
static LogicalResult printDiagnostic(Diagnostic &diag) {
  std::string file = modelPath, name;
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

enum class Output { IR, LLVMIR, Object, SharedLibrary };

static int fail(const llvm::Twine &message) {
  llvm::errs() << "onnxc: error: " << message << "\n";
  return 1;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  registerPassManagerCLOptions();
  registerDefaultTimingManagerCLOptions();
  cl::ParseCommandLineOptions(argc, argv, "onnxc: ONNX ahead-of-time compiler\n");
  // Read every option now: linking with lld resets them to their defaults.
  modelPath = inputFile;
  const std::string outputPath = outputFile;
  // --mcpu, else $ONNXC_DEFAULT_MCPU (how the test suite targets another
  // CPU than the host), else the host.
  std::string cpu = llvm::codegen::getMCPU();
  if (cpu.empty())
    if (const char *fallback = std::getenv("ONNXC_DEFAULT_MCPU")) cpu = fallback;
  const std::vector<std::string> features = llvm::codegen::getMAttrs();
  const unsigned rowsOverride = tileRows, colsOverride = tileCols;

  // The last MLIR phase to run and what to write after it.
  onnxc::Phase lastPhase = onnxc::Phase::LLVMMLIR;
  Output output = Output::IR;
  std::string stop = compileTo;
  if (stop.empty())
    stop = llvm::StringRef(outputPath).ends_with(".so")  ? "so"
           : llvm::StringRef(outputPath).ends_with(".o") ? "obj"
                                                         : "onnx";
  if (stop == "llvm") output = Output::LLVMIR;
  else if (stop == "obj") output = Output::Object;
  else if (stop == "so") output = Output::SharedLibrary;
  else if (auto phase = onnxc::parsePhase(stop)) lastPhase = *phase;
  else
    return fail("unknown --compile-to phase '" + stop +
                "' (expected import, onnx, linalg, tiled, bufferized, llvm-mlir, "
                "llvm, obj or so)");
  if (optLevel > 3) return fail("-O" + llvm::Twine(optLevel) + " is not 0-3");
  if (rowsOverride == 0 && tileRows.getNumOccurrences())
    return fail("--tile-rows must be positive");
  if (colsOverride && !llvm::isPowerOf2_32(colsOverride))
    return fail("--tile-cols=" + llvm::Twine(colsOverride) +
                " is not a power of two");
  if (output == Output::SharedLibrary && outputPath == "-")
    return fail("-o LIBRARY.so is needed to write a shared library");

  DialectRegistry registry;
  onnxc::registerAllDialects(registry);
  MLIRContext context(registry);
  context.printOpOnDiagnostic(false);
  context.getDiagEngine().registerHandler(printDiagnostic);

  // The target decides the register blocks of the tiled phase.
  onnxc::TargetOptions targetOptions;
  targetOptions.cpu = cpu;
  targetOptions.features = features;
  targetOptions.optLevel = optLevel;
  std::string error;
  auto machine = onnxc::createTargetMachine(targetOptions, error);
  if (!machine) return fail(error);

  PhaseTimer timer;
  onnxc::ImportOptions importOptions;
  importOptions.resourceThreshold = resourceThreshold;
  OwningOpRef<ModuleOp> module =
      onnxc::importModelFile(modelPath, &context, importOptions);
  if (!module) return 1;
  timer.done("import");

  std::optional<onnxc::ModelSignature> signature;
  onnxc::ONNXPipelineOptions pipelineOptions;
  onnxc::setRegisterBlockForVectorBits(
      pipelineOptions, onnxc::getVectorRegisterBits(*machine));
  if (rowsOverride) pipelineOptions.tileRows = rowsOverride;
  if (colsOverride) pipelineOptions.tileCols = colsOverride;
  for (onnxc::Phase phase : onnxc::kPassPhases) {
    if (phase > lastPhase) break;
    PassManager pm(&context);
    if (failed(applyPassManagerCLOptions(pm))) return 1;
    applyDefaultTimingPassManagerCLOptions(pm);
    onnxc::buildPhasePipeline(pm, phase, pipelineOptions);
    if (failed(pm.run(*module))) return 1;
    timer.done(onnxc::getPhaseName(phase));
    if (phase == onnxc::Phase::ONNX && output != Output::IR) {
      auto sig = onnxc::getModelSignature(*module);
      if (failed(sig)) return 1;
      signature = *sig;
    }
  }

  if (output == Output::IR) {
    auto file = openOutputFile(outputPath, &error);
    if (!file) return fail(error);
    module->print(file->os());
    file->os() << "\n";
    file->keep();
    timer.done("print");
    return 0;
  }

  llvm::LLVMContext llvmContext;
  auto llvmModule = onnxc::translateToLLVMIR(*module, llvmContext, *machine);
  if (!llvmModule) return 1;
  std::string prefix = symbolPrefix.empty()
                           ? onnxc::getDefaultPrefix(
                                 outputPath == "-" ? modelPath : outputPath)
                           : symbolPrefix.getValue();
  if (failed(onnxc::addModelABI(*llvmModule, *signature, prefix,
                                machine->getTargetCPU(),
                                onnxc::getTargetFeatureList(*machine), error)))
    return fail(error);
  onnxc::optimizeLLVMModule(*llvmModule, *machine, optLevel);
  timer.done("llvm");

  if (output == Output::LLVMIR) {
    auto file = openOutputFile(outputPath, &error);
    if (!file) return fail(error);
    llvmModule->print(file->os(), nullptr);
    file->keep();
    return 0;
  }

  llvm::SmallVector<char> object;
  if (failed(onnxc::emitObject(*llvmModule, *machine, object, error)))
    return fail(error);
  timer.done("obj");
  if (output == Output::Object) {
    auto file = openOutputFile(outputPath, &error);
    if (!file) return fail(error);
    file->os().write(object.data(), object.size());
    file->keep();
    return 0;
  }

  // The object goes to a temporary file for the linker.
  llvm::SmallString<128> objectPath;
  if (llvm::sys::fs::createTemporaryFile("onnxc-model", "o", objectPath))
    return fail("cannot create a temporary object file");
  llvm::FileRemover removeObject(objectPath);
  {
    auto file = openOutputFile(objectPath, &error);
    if (!file) return fail(error);
    file->os().write(object.data(), object.size());
    file->keep();
  }
  if (failed(onnxc::linkSharedLibrary({std::string(objectPath)}, outputPath,
                                      error)))
    return fail("linking " + outputPath + " failed:\n" + error);
  llvm::SmallString<128> headerPath(llvm::sys::path::parent_path(outputPath));
  llvm::sys::path::append(headerPath, prefix + ".h");
  auto header = openOutputFile(headerPath, &error);
  if (!header) return fail(error);
  onnxc::writeModelHeader(header->os(), *signature, prefix);
  header->keep();
  timer.done("so");
  return 0;
}
