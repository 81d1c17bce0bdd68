//===- ExternalDataTest.cpp - External data checks ------------------------===//

#include "onnxc/compiler/Import/ExternalData.h"

#include "onnx/onnx_pb.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>

#include <fstream>

namespace {

class ExternalDataTest : public ::testing::Test {
protected:
  void SetUp() override {
    llvm::SmallString<128> dir;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("onnxc-ext", dir));
    modelDir = std::string(dir);
    std::ofstream(modelDir + "/weights.bin", std::ios::binary)
        << std::string("0123456789", 10);
  }
  void TearDown() override {
    llvm::sys::fs::remove(modelDir + "/weights.bin");
    llvm::sys::fs::remove(modelDir);
  }
  std::string errorOf(llvm::StringRef location) {
    auto path = onnxc::resolveExternalDataPath(modelDir, location, "w");
    if (path) return "";
    return llvm::toString(path.takeError());
  }
  onnx::TensorProto externalTensor(const std::string &offset,
                                   const std::string &length) {
    onnx::TensorProto t;
    t.set_name("w");
    t.set_data_location(onnx::TensorProto::EXTERNAL);
    auto *loc = t.add_external_data();
    loc->set_key("location");
    loc->set_value("weights.bin");
    if (!offset.empty()) {
      auto *e = t.add_external_data();
      e->set_key("offset");
      e->set_value(offset);
    }
    if (!length.empty()) {
      auto *e = t.add_external_data();
      e->set_key("length");
      e->set_value(length);
    }
    return t;
  }
  std::string modelDir;
};

TEST_F(ExternalDataTest, ResolvesRelativePaths) {
  auto path = onnxc::resolveExternalDataPath(modelDir, "weights.bin", "w");
  ASSERT_TRUE(bool(path)) << llvm::toString(path.takeError());
  EXPECT_EQ(*path, modelDir + "/weights.bin");
}

TEST_F(ExternalDataTest, RejectsAbsoluteEscapingAndMissing) {
  EXPECT_NE(errorOf("/etc/passwd").find("is absolute"), std::string::npos);
  EXPECT_NE(errorOf("../weights.bin").find("leaves the model's folder"),
            std::string::npos);
  EXPECT_NE(errorOf("sub/../../x").find("leaves the model's folder"),
            std::string::npos);
  EXPECT_NE(errorOf("missing.bin").find("does not exist"), std::string::npos);
  EXPECT_NE(errorOf("").find("no 'location'"), std::string::npos);
  // Every message names the tensor.
  EXPECT_NE(errorOf("missing.bin").find("tensor 'w'"), std::string::npos);
}

TEST_F(ExternalDataTest, ReadsOffsetAndLength) {
  auto bytes = onnxc::readExternalData(externalTensor("2", "4"), modelDir);
  ASSERT_TRUE(bool(bytes)) << llvm::toString(bytes.takeError());
  EXPECT_EQ(**bytes, "2345");
  auto rest = onnxc::readExternalData(externalTensor("7", ""), modelDir);
  ASSERT_TRUE(bool(rest));
  EXPECT_EQ(**rest, "789");
}

TEST_F(ExternalDataTest, RejectsRangesPastTheEnd) {
  auto bytes = onnxc::readExternalData(externalTensor("8", "4"), modelDir);
  ASSERT_FALSE(bool(bytes));
  EXPECT_NE(llvm::toString(bytes.takeError()).find("past the end"),
            std::string::npos);
  auto bad = onnxc::readExternalData(externalTensor("x", ""), modelDir);
  ASSERT_FALSE(bool(bad));
  EXPECT_NE(llvm::toString(bad.takeError()).find("not a number"),
            std::string::npos);
}

} // namespace
