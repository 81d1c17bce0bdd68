//===- TargetFeaturesTest.cpp - What a library records of its target ------===//

#include "onnxc/compiler/Target/ObjectEmission.h"

#include "llvm/MC/MCSubtargetInfo.h"

#include <gtest/gtest.h>

namespace {

std::unique_ptr<llvm::TargetMachine> machineFor(const std::string &cpu) {
  onnxc::TargetOptions options;
  options.cpu = cpu;
  std::string error;
  auto machine = onnxc::createTargetMachine(options, error);
  EXPECT_TRUE(machine) << error;
  return machine;
}

// A misspelt name in onnxc_cpu_features.def would never be recorded, so the
// runtime would never check it.
TEST(TargetFeatures, EveryCheckedNameIsAnLLVMFeature) {
  auto machine = machineFor("x86-64");
  auto features = machine->getMCSubtargetInfo()->getAllProcessorFeatures();
  for (const char *name : onnxc::getCheckedCPUFeatures()) {
    bool known = llvm::any_of(features, [&](const llvm::SubtargetFeatureKV &kv) {
      return llvm::StringRef(kv.Key) == name;
    });
    EXPECT_TRUE(known) << name;
  }
}

TEST(TargetFeatures, LevelsRecordTheirFeatures) {
  EXPECT_EQ(onnxc::getTargetFeatureList(*machineFor("x86-64")), "");
  EXPECT_EQ(onnxc::getTargetFeatureList(*machineFor("x86-64-v2")),
            "sse3,ssse3,cx16,sse4.1,sse4.2,popcnt,sahf");
  EXPECT_EQ(onnxc::getTargetFeatureList(*machineFor("x86-64-v3")),
            "sse3,ssse3,fma,cx16,sse4.1,sse4.2,movbe,popcnt,avx,f16c,bmi,"
            "avx2,bmi2,sahf,lzcnt");
  std::string v4 = onnxc::getTargetFeatureList(*machineFor("x86-64-v4"));
  for (const char *name :
       {"avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl", "avx2"})
    EXPECT_NE(v4.find(name), std::string::npos) << name;
}

TEST(TargetFeatures, MAttrAddsAndRemoves) {
  onnxc::TargetOptions options;
  options.cpu = "x86-64-v3";
  options.features = {"-avx2", "+avx512f"};
  std::string error;
  auto machine = onnxc::createTargetMachine(options, error);
  ASSERT_TRUE(machine) << error;
  std::string list = onnxc::getTargetFeatureList(*machine);
  EXPECT_NE(list.find("avx512f"), std::string::npos) << list;
  // avx512f implies avx2 in LLVM: the later +avx512f turns it back on.
  EXPECT_NE(list.find("avx2"), std::string::npos) << list;
  options.features = {"-avx2"};
  machine = onnxc::createTargetMachine(options, error);
  ASSERT_TRUE(machine) << error;
  EXPECT_EQ(onnxc::getTargetFeatureList(*machine).find("avx2"),
            std::string::npos);
}

TEST(TargetFeatures, UnknownNamesAreErrors) {
  onnxc::TargetOptions options;
  std::string error;
  options.cpu = "x86-64-v5";
  EXPECT_FALSE(onnxc::createTargetMachine(options, error));
  EXPECT_NE(error.find("unknown CPU 'x86-64-v5'"), std::string::npos) << error;
  options.cpu = "host";
  options.features = {"avx2"}; // no sign
  EXPECT_FALSE(onnxc::createTargetMachine(options, error));
  EXPECT_NE(error.find("unknown CPU feature 'avx2'"), std::string::npos)
      << error;
}

} // namespace
