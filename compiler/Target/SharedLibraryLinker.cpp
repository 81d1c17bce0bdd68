//===- SharedLibraryLinker.cpp - Objects -> a shared library --------------===//

#include "onnxc/compiler/Target/SharedLibraryLinker.h"

#include "lld/Common/Driver.h"
#include "llvm/Support/raw_ostream.h"

#include <mutex>

LLD_HAS_DRIVER(elf)

namespace onnxc {

mlir::LogicalResult linkSharedLibrary(llvm::ArrayRef<std::string> objectFiles,
                                      llvm::StringRef output,
                                      std::string &error) {
  std::string outputPath = output.str();
  std::vector<const char *> args = {"ld.lld", "-shared", "--no-undefined",
                                    "--as-needed", "-O1", "--gc-sections",
                                    "-o", outputPath.c_str()};
  for (const std::string &object : objectFiles) args.push_back(object.c_str());
  for (const char *arg :
       {"-L/usr/lib/x86_64-linux-gnu", "-L/lib/x86_64-linux-gnu", "-lm",
        "-lpthread", "-lc"})
    args.push_back(arg);
  std::string out;
  llvm::raw_string_ostream stdoutOS(out), stderrOS(error);
  // lld keeps global state: one link at a time.
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  lld::Result result =
      lld::lldMain(args, stdoutOS, stderrOS, {{lld::Gnu, &lld::elf::link}});
  return mlir::success(result.retCode == 0);
}

} // namespace onnxc
