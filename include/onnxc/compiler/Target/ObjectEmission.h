//===- ObjectEmission.h - LLVM dialect -> optimised native object -*- C++ -*-=//

#ifndef ONNXC_COMPILER_TARGET_OBJECTEMISSION_H
#define ONNXC_COMPILER_TARGET_OBJECTEMISSION_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>
#include <string>
#include <vector>

namespace onnxc {

struct TargetOptions {
  /// CPU name for code generation: an LLVM CPU name ("znver3",
  /// "skylake-avx512"), an x86-64 level ("x86-64", "x86-64-v2", "-v3",
  /// "-v4"), or empty, "host" or "native" for the CPU onnxc runs on (its
  /// name and every feature it has).
  std::string cpu;
  /// LLVM features added to or removed from the CPU's ("+avx512f", "-fma").
  std::vector<std::string> features;
  /// 0..3, as -O0..-O3.
  unsigned optLevel = 2;
};

/// A TargetMachine for the host triple and the chosen CPU (position-
/// independent code, for shared libraries). Null with `error` set when the
/// CPU or target is unknown.
std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const TargetOptions &options, std::string &error);

/// The instruction-set extensions `machine` may use, as comma-separated
/// LLVM feature names from include/onnxc/runtime/onnxc_cpu_features.def: what
/// the library records and its session checks against the CPU.
std::string getTargetFeatureList(const llvm::TargetMachine &machine);

/// The names of include/onnxc/runtime/onnxc_cpu_features.def.
llvm::ArrayRef<const char *> getCheckedCPUFeatures();

/// The width in bits of `machine`'s widest vector registers for f32
/// arithmetic (512 with AVX-512, 256 with AVX, 128 otherwise).
unsigned getVectorRegisterBits(const llvm::TargetMachine &machine);

/// Translates a module in the LLVM dialect to LLVM IR for `machine`
/// (triple and data layout set). Null after a diagnostic on failure.
std::unique_ptr<llvm::Module> translateToLLVMIR(mlir::ModuleOp module,
                                                llvm::LLVMContext &context,
                                                llvm::TargetMachine &machine);

/// Runs LLVM's default optimisation pipeline for `optLevel`.
void optimizeLLVMModule(llvm::Module &module, llvm::TargetMachine &machine,
                        unsigned optLevel);

/// Emits `module` as a native object file into `object`.
mlir::LogicalResult emitObject(llvm::Module &module,
                               llvm::TargetMachine &machine,
                               llvm::SmallVectorImpl<char> &object,
                               std::string &error);

} // namespace onnxc

#endif // ONNXC_COMPILER_TARGET_OBJECTEMISSION_H
