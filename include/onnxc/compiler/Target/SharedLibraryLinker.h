//===- SharedLibraryLinker.h - Objects -> a shared library -------*- C++ -*-===//

#ifndef ONNXC_COMPILER_TARGET_SHAREDLIBRARYLINKER_H
#define ONNXC_COMPILER_TARGET_SHAREDLIBRARYLINKER_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace onnxc {

/// Links object files into a shared library with lld, in process, against
/// libc, libm and libpthread only; every symbol must resolve
/// (--no-undefined). `error` holds lld's diagnostics on failure.
mlir::LogicalResult linkSharedLibrary(llvm::ArrayRef<std::string> objectFiles,
                                      llvm::StringRef output,
                                      std::string &error);

} // namespace onnxc

#endif // ONNXC_COMPILER_TARGET_SHAREDLIBRARYLINKER_H
