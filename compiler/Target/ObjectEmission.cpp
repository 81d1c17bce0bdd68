//===- ObjectEmission.cpp - LLVM dialect -> optimised native object -------===//

#include "onnxc/compiler/Target/ObjectEmission.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

namespace onnxc {

static bool isHost(llvm::StringRef cpu) {
  return cpu.empty() || cpu == "host" || cpu == "native";
}

std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const TargetOptions &options, std::string &error) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  // The runtime stub's inline assembly (cpuid) goes through the parser.
  llvm::InitializeNativeTargetAsmParser();
  llvm::Triple triple(llvm::sys::getProcessTriple());
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) return nullptr;
  bool host = isHost(options.cpu);
  std::string cpu = host ? llvm::sys::getHostCPUName().str() : options.cpu;
  llvm::SubtargetFeatures subtarget;
  if (host)
    for (auto &[name, enabled] : llvm::sys::getHostCPUFeatures())
      subtarget.AddFeature(name, enabled);
  for (const std::string &feature : options.features)
    subtarget.AddFeature(feature);
  // LLVM only warns about unknown CPU and feature names; refuse them first.
  std::unique_ptr<llvm::MCSubtargetInfo> baseline(
      target->createMCSubtargetInfo(triple, "", ""));
  if (!host && !baseline->isCPUStringValid(options.cpu)) {
    error = "unknown CPU '" + options.cpu + "' for " + triple.str() +
            " (expected host, an x86-64 level such as x86-64-v3, or an LLVM "
            "CPU name such as znver3)";
    return nullptr;
  }
  for (const std::string &feature : options.features) {
    llvm::StringRef name = llvm::StringRef(feature).ltrim("+-");
    if (feature.empty() || (feature[0] != '+' && feature[0] != '-') ||
        !llvm::any_of(baseline->getAllProcessorFeatures(),
                      [&](const llvm::SubtargetFeatureKV &kv) {
                        return name == kv.Key;
                      })) {
      error = "unknown CPU feature '" + feature + "' in --mattr (expected "
              "+NAME or -NAME with an LLVM feature name such as avx2)";
      return nullptr;
    }
  }
  llvm::CodeGenOptLevel level =
      options.optLevel == 0   ? llvm::CodeGenOptLevel::None
      : options.optLevel == 1 ? llvm::CodeGenOptLevel::Less
      : options.optLevel == 2 ? llvm::CodeGenOptLevel::Default
                              : llvm::CodeGenOptLevel::Aggressive;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, cpu, subtarget.getString(), llvm::TargetOptions(),
      llvm::Reloc::PIC_, std::nullopt, level));
  if (!machine)
    error = "cannot create a target machine for CPU '" + cpu + "'";
  return machine;
}

llvm::ArrayRef<const char *> getCheckedCPUFeatures() {
  static const char *const names[] = {
#define ONNXC_CPU_FEATURE(NAME, LEAF, SUBLEAF, REG, BIT, STATE) NAME,
#include "onnxc/runtime/onnxc_cpu_features.def"
#undef ONNXC_CPU_FEATURE
  };
  return names;
}

std::string getTargetFeatureList(const llvm::TargetMachine &machine) {
  std::string list;
  if (!machine.getTargetTriple().isX86()) return list;
  const llvm::MCSubtargetInfo *info = machine.getMCSubtargetInfo();
  for (const char *name : getCheckedCPUFeatures()) {
    if (!info->checkFeatures(std::string("+") + name)) continue;
    if (!list.empty()) list += ",";
    list += name;
  }
  return list;
}

unsigned getVectorRegisterBits(const llvm::TargetMachine &machine) {
  const llvm::MCSubtargetInfo *info = machine.getMCSubtargetInfo();
  if (machine.getTargetTriple().isX86()) {
    if (info->checkFeatures("+avx512f")) return 512;
    if (info->checkFeatures("+avx")) return 256;
  }
  return 128;
}

namespace {
/// A weight whose bytes go straight from its resource blob into LLVM IR.
struct DetachedWeight {
  std::string name;
  llvm::ArrayRef<char> bytes;
  mlir::Type elementType;
  int64_t count;
  mlir::LLVM::Linkage linkage;
};
} // namespace

/// The generic translation builds one LLVM constant per element of a
/// dense_resource initializer (gigabytes for a ResNet-50). Weights are
/// detached here and attached as raw data arrays after translation.
static std::vector<DetachedWeight> detachWeights(mlir::ModuleOp module) {
  std::vector<DetachedWeight> weights;
  module.walk([&](mlir::LLVM::GlobalOp global) {
    auto resource = llvm::dyn_cast_if_present<mlir::DenseResourceElementsAttr>(
        global.getValueOrNull());
    if (!resource) return;
    mlir::AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    mlir::Type elementType = resource.getType().getElementType();
    if (!blob || !(llvm::isa<mlir::FloatType>(elementType) ||
                   elementType.isSignlessInteger()) ||
        elementType.isInteger(1))
      return;
    weights.push_back({global.getSymName().str(), blob->getData(), elementType,
                       resource.getNumElements(), global.getLinkage()});
    global.removeValueAttr();
    global.setLinkage(mlir::LLVM::Linkage::External);
  });
  return weights;
}

static llvm::Type *getLLVMScalarType(mlir::Type type, llvm::LLVMContext &ctx) {
  if (type.isF32()) return llvm::Type::getFloatTy(ctx);
  if (type.isF64()) return llvm::Type::getDoubleTy(ctx);
  if (type.isF16()) return llvm::Type::getHalfTy(ctx);
  if (type.isBF16()) return llvm::Type::getBFloatTy(ctx);
  return llvm::IntegerType::get(ctx, type.getIntOrFloatBitWidth());
}

static void attachWeights(llvm::Module &module,
                          const std::vector<DetachedWeight> &weights) {
  for (const DetachedWeight &w : weights) {
    llvm::GlobalVariable *old = module.getGlobalVariable(w.name, true);
    if (!old) continue;
    llvm::Type *elementType = getLLVMScalarType(w.elementType,
                                                module.getContext());
    llvm::Constant *init = llvm::ConstantDataArray::getRaw(
        llvm::StringRef(w.bytes.data(), w.bytes.size()), w.count, elementType);
    auto *global = new llvm::GlobalVariable(
        module, init->getType(), old->isConstant(),
        llvm::GlobalValue::PrivateLinkage, init, "", old);
    global->setAlignment(old->getAlign());
    global->setUnnamedAddr(old->getUnnamedAddr());
    global->takeName(old);
    old->replaceAllUsesWith(global);
    old->eraseFromParent();
  }
}

std::unique_ptr<llvm::Module> translateToLLVMIR(mlir::ModuleOp module,
                                                llvm::LLVMContext &context,
                                                llvm::TargetMachine &machine) {
  std::vector<DetachedWeight> weights = detachWeights(module);
  std::unique_ptr<llvm::Module> llvmModule =
      mlir::translateModuleToLLVMIR(module, context, "onnxc_model");
  if (!llvmModule) {
    mlir::emitError(module.getLoc()) << "cannot translate to LLVM IR";
    return nullptr;
  }
  attachWeights(*llvmModule, weights);
  llvmModule->setTargetTriple(machine.getTargetTriple());
  llvmModule->setDataLayout(machine.createDataLayout());
  return llvmModule;
}

void optimizeLLVMModule(llvm::Module &module, llvm::TargetMachine &machine,
                        unsigned optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder builder(&machine);
  builder.registerModuleAnalyses(mam);
  builder.registerCGSCCAnalyses(cgam);
  builder.registerFunctionAnalyses(fam);
  builder.registerLoopAnalyses(lam);
  builder.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = optLevel == 0   ? llvm::OptimizationLevel::O0
                                  : optLevel == 1 ? llvm::OptimizationLevel::O1
                                  : optLevel == 2 ? llvm::OptimizationLevel::O2
                                                  : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager passes =
      optLevel == 0 ? builder.buildO0DefaultPipeline(level)
                    : builder.buildPerModuleDefaultPipeline(level);
  passes.run(module, mam);
}

mlir::LogicalResult emitObject(llvm::Module &module,
                               llvm::TargetMachine &machine,
                               llvm::SmallVectorImpl<char> &object,
                               std::string &error) {
  llvm::raw_svector_ostream os(object);
  llvm::legacy::PassManager codegen;
  if (machine.addPassesToEmitFile(codegen, os, nullptr,
                                  llvm::CodeGenFileType::ObjectFile)) {
    error = "the target cannot emit object files";
    return mlir::failure();
  }
  codegen.run(module);
  return mlir::success();
}

} // namespace onnxc
