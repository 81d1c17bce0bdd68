//===- OpsetNormalizationTest.cpp - One dialect form for every opset ------===//
//
// Ops whose signature changed across opsets import to the same dialect form:
// the same op, with former attributes as constant inputs.
//
//===----------------------------------------------------------------------===//

#include "onnxc/compiler/Import/ModelImporter.h"
#include "onnxc/compiler/InitAll.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "onnx/defs/parser.h"
#include "onnx/onnx_pb.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Diagnostics.h"

#include <gtest/gtest.h>

using namespace mlir;

namespace {

class OpsetNormalizationTest : public ::testing::Test {
protected:
  OpsetNormalizationTest() {
    DialectRegistry registry;
    onnxc::registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  /// Imports a one-node model: `body` is the graph text between the braces.
  OwningOpRef<ModuleOp> import(int opset, const std::string &signature,
                               const std::string &body) {
    std::string text = "<ir_version: 8, opset_import: [\"\" : " +
                       std::to_string(opset) + "]>\nmain " + signature +
                       " {\n" + body + "\n}\n";
    onnx::ModelProto model;
    auto status = onnx::OnnxParser::Parse(model, text.c_str());
    EXPECT_TRUE(status.IsOK()) << status.ErrorMessage() << "\n" << text;
    lastError.clear();
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &d) {
      lastError += d.str();
      return success();
    });
    return onnxc::importModel(model, "test.onnx", &context, {});
  }

  template <typename OpTy> OpTy findOp(ModuleOp module) {
    OpTy found;
    module.walk([&](OpTy op) { found = op; });
    return found;
  }

  std::vector<int64_t> intsOf(Value v) {
    auto ints = onnxc::getConstantInts(v);
    if (!ints) return {};
    return std::vector<int64_t>(ints->begin(), ints->end());
  }

  MLIRContext context;
  std::string lastError;
};

TEST_F(OpsetNormalizationTest, ReduceMeanAxesAttributeAndInput) {
  auto old = import(13, "(float[2,3,4] x) => (float[2,1,4] y)",
                    "y = ReduceMean<axes = [1]>(x)");
  ASSERT_TRUE(old) << lastError;
  auto newer = import(18, "(float[2,3,4] x) => (float[2,1,4] y)",
                      "a = Constant<value = int64[1] {1}>()\n"
                      "y = ReduceMean(x, a)");
  ASSERT_TRUE(newer) << lastError;
  for (ModuleOp m : {*old, *newer}) {
    auto op = findOp<onnxc::ReduceMeanOp>(m);
    ASSERT_TRUE(op);
    EXPECT_EQ(intsOf(op.getAxes()), std::vector<int64_t>{1});
    EXPECT_EQ(onnxc::getShape(op.getType()),
              (llvm::SmallVector<int64_t>{2, 1, 4}));
  }
}

TEST_F(OpsetNormalizationTest, ReduceSumChangedAtOpset13) {
  auto old = import(11, "(float[2,3] x) => (float[2] y)",
                    "y = ReduceSum<axes = [1], keepdims = 0>(x)");
  ASSERT_TRUE(old) << lastError;
  auto op = findOp<onnxc::ReduceSumOp>(*old);
  EXPECT_EQ(intsOf(op.getAxes()), std::vector<int64_t>{1});
}

TEST_F(OpsetNormalizationTest, SqueezeAndUnsqueezeAxes) {
  auto old = import(11, "(float[1,3,1] x) => (float[3] y)",
                    "y = Squeeze<axes = [0, 2]>(x)");
  ASSERT_TRUE(old) << lastError;
  EXPECT_EQ(intsOf(findOp<onnxc::SqueezeOp>(*old).getAxes()),
            (std::vector<int64_t>{0, 2}));
  auto unsq = import(12, "(float[3] x) => (float[1,3] y)",
                     "y = Unsqueeze<axes = [0]>(x)");
  ASSERT_TRUE(unsq) << lastError;
  EXPECT_EQ(intsOf(findOp<onnxc::UnsqueezeOp>(*unsq).getAxes()),
            std::vector<int64_t>{0});
}

TEST_F(OpsetNormalizationTest, ClipBoundsBecomeInputs) {
  auto old = import(6, "(float[4] x) => (float[4] y)",
                    "y = Clip<min = -1.0, max = 2.5>(x)");
  ASSERT_TRUE(old) << lastError;
  auto clip = findOp<onnxc::ClipOp>(*old);
  auto min = onnxc::getConstantFloats(clip.getMin());
  auto max = onnxc::getConstantFloats(clip.getMax());
  ASSERT_TRUE(min && max);
  EXPECT_EQ((*min)[0], -1.0);
  EXPECT_EQ((*max)[0], 2.5);
  auto noBounds = import(6, "(float[4] x) => (float[4] y)", "y = Clip(x)");
  ASSERT_TRUE(noBounds) << lastError;
  EXPECT_TRUE(onnxc::isNoValue(findOp<onnxc::ClipOp>(*noBounds).getMin()));
}

TEST_F(OpsetNormalizationTest, PadAttributesBecomeInputs) {
  auto old = import(2, "(float[2,2] x) => (float[4,2] y)",
                    "y = Pad<pads = [1, 0, 1, 0], value = 0.5>(x)");
  ASSERT_TRUE(old) << lastError;
  auto pad = findOp<onnxc::PadOp>(*old);
  EXPECT_EQ(intsOf(pad.getPads()), (std::vector<int64_t>{1, 0, 1, 0}));
  EXPECT_EQ((*onnxc::getConstantFloats(pad.getConstantValue()))[0], 0.5);
}

TEST_F(OpsetNormalizationTest, SliceAttributesBecomeInputs) {
  auto old = import(9, "(float[10] x) => (float[3] y)",
                    "y = Slice<starts = [2], ends = [5]>(x)");
  ASSERT_TRUE(old) << lastError;
  auto slice = findOp<onnxc::SliceOp>(*old);
  EXPECT_EQ(intsOf(slice.getStarts()), std::vector<int64_t>{2});
  EXPECT_EQ(intsOf(slice.getEnds()), std::vector<int64_t>{5});
  EXPECT_TRUE(onnxc::isNoValue(slice.getSteps()));
}

TEST_F(OpsetNormalizationTest, SplitSizesBecomeInput) {
  auto old = import(11, "(float[6] x) => (float[2] a, float[4] b)",
                    "a, b = Split<split = [2, 4]>(x)");
  ASSERT_TRUE(old) << lastError;
  EXPECT_EQ(intsOf(findOp<onnxc::SplitOp>(*old).getSplit()),
            (std::vector<int64_t>{2, 4}));
}

TEST_F(OpsetNormalizationTest, SoftmaxBeforeOpset13CoercesTo2D) {
  // axis=1 of a 3-D input: softmax over dims 1 and 2 together.
  auto old = import(11, "(float[2,3,4] x) => (float[2,3,4] y)",
                    "y = Softmax<axis = 1>(x)");
  ASSERT_TRUE(old) << lastError;
  auto flatten = findOp<onnxc::FlattenOp>(*old);
  ASSERT_TRUE(flatten);
  EXPECT_EQ(onnxc::getShape(flatten.getType()),
            (llvm::SmallVector<int64_t>{2, 12}));
  EXPECT_TRUE(findOp<onnxc::ReshapeOp>(*old));
  // The last axis needs no coercion.
  auto last = import(11, "(float[2,3] x) => (float[2,3] y)",
                     "y = Softmax<axis = 1>(x)");
  ASSERT_TRUE(last) << lastError;
  EXPECT_FALSE(findOp<onnxc::FlattenOp>(*last));
  EXPECT_EQ(findOp<onnxc::SoftmaxOp>(*last).getAxis(), -1);
}

TEST_F(OpsetNormalizationTest, OpsDefinedLaterAreRejectedWithTheirOpset) {
  auto model = import(16, "(float[2,3] x, float[3] s) => (float[2,3] y)",
                      "y = LayerNormalization(x, s)");
  EXPECT_FALSE(model);
  EXPECT_NE(lastError.find("defined from opset 17"), std::string::npos)
      << lastError;
}

} // namespace
