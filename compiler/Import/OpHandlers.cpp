//===- OpHandlers.cpp - ONNX ops, keyed by (op type, opset) ---------------===//
//
// Each ONNX op maps to a list of (first opset, handler). A node uses the
// handler with the largest first opset not above the model's opset, so an
// opset that changed an op's signature adds an entry here instead of an `if`
// in a handler. Handlers of older opsets rewrite the node into the newest
// form the dialect declares (attributes that became inputs turn into
// constants, legacy semantics into equivalent ops).
//
//===----------------------------------------------------------------------===//

#include "GraphImporter.h"
#include "NodeImport.h"

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "onnx/onnx_pb.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"

#include <limits>

using namespace mlir;

namespace onnxc {
namespace {

template <typename OpTy> constexpr int fixedOperandCount() {
  using namespace OpTrait;
  if constexpr (std::is_base_of_v<ZeroOperands<OpTy>, OpTy>) return 0;
  else if constexpr (std::is_base_of_v<OneOperand<OpTy>, OpTy>) return 1;
  else if constexpr (std::is_base_of_v<NOperands<2>::Impl<OpTy>, OpTy>) return 2;
  else if constexpr (std::is_base_of_v<NOperands<3>::Impl<OpTy>, OpTy>) return 3;
  else if constexpr (std::is_base_of_v<NOperands<4>::Impl<OpTy>, OpTy>) return 4;
  else if constexpr (std::is_base_of_v<NOperands<5>::Impl<OpTy>, OpTy>) return 5;
  else if constexpr (std::is_base_of_v<NOperands<6>::Impl<OpTy>, OpTy>) return 6;
  else if constexpr (std::is_base_of_v<NOperands<7>::Impl<OpTy>, OpTy>) return 7;
  else if constexpr (std::is_base_of_v<NOperands<8>::Impl<OpTy>, OpTy>) return 8;
  else if constexpr (std::is_base_of_v<NOperands<9>::Impl<OpTy>, OpTy>) return 9;
  else return -1;
}

template <typename OpTy> constexpr int fixedResultCount() {
  using namespace OpTrait;
  if constexpr (std::is_base_of_v<OneResult<OpTy>, OpTy>) return 1;
  else if constexpr (std::is_base_of_v<NResults<2>::Impl<OpTy>, OpTy>) return 2;
  else if constexpr (std::is_base_of_v<NResults<3>::Impl<OpTy>, OpTy>) return 3;
  else if constexpr (std::is_base_of_v<NResults<4>::Impl<OpTy>, OpTy>) return 4;
  else return -1;
}

/// Before opset 7, `broadcast=1` with `axis` aligned B's dims with A's
/// starting at `axis`; trailing unit dims on B give the numpy equivalent.
LogicalResult alignLegacyBroadcast(NodeImport &n) {
  auto axis = n.getInt("axis");
  n.takeAttr("axis");
  n.takeAttr("broadcast");
  if (n.inputs.size() != 2) return n.error("legacy broadcasting needs 2 inputs");
  MaybeShape a = getShape(n.inputs[0].getType());
  MaybeShape b = getShape(n.inputs[1].getType());
  if (!a || !b)
    return n.error("legacy broadcasting with an 'axis' needs inputs of known "
                   "rank");
  int64_t rank = a->size(), k = b->size(), start = *axis;
  if (start < 0) start += rank;
  if (start < 0 || start + k > rank)
    return n.error("legacy broadcast axis " + Twine(*axis) +
                   " does not fit B's rank " + Twine(k) + " into A's rank " +
                   Twine(rank));
  SmallVector<int64_t> trailing;
  for (int64_t i = k; i < rank - start; ++i) trailing.push_back(i);
  if (trailing.empty()) return success();
  auto unsqueeze = n.create<UnsqueezeOp>(
      {n.inputs[1], n.constantI64(trailing)}, {}, 1);
  if (!unsqueeze) return failure();
  n.inputs[1] = unsqueeze->getResult(0);
  return success();
}

/// Removes attributes of old opsets that carry no meaning for inference
/// (`consumed_inputs`, `is_test`) and rejects legacy broadcasting with an
/// explicit axis, whose semantics differ from numpy's.
LogicalResult dropLegacyAttributes(NodeImport &n) {
  n.takeAttr("consumed_inputs");
  n.takeAttr("is_test");
  if (n.opset < 7) {
    if (n.getAttr("axis") && n.getInt("broadcast").value_or(0) != 0 &&
        llvm::is_contained({"Add", "Sub", "Mul", "Div", "Pow", "And", "Or",
                            "Xor", "Equal", "Less", "Greater"},
                           n.node.op_type()))
      return alignLegacyBroadcast(n);
    n.takeAttr("broadcast");
  }
  return success();
}

/// Creates OpTy from the node as it is: inputs in ONNX order (absent optional
/// inputs padded with onnx.NoValue), every attribute known to the op.
template <typename OpTy>
LogicalResult createFromNode(NodeImport &n, SmallVector<Value> operands) {
  constexpr int fixed = fixedOperandCount<OpTy>();
  if constexpr (fixed >= 0) {
    if (static_cast<int>(operands.size()) > fixed)
      return n.error("has " + Twine(operands.size()) +
                     " inputs; the op takes at most " + Twine(fixed));
    while (static_cast<int>(operands.size()) < fixed)
      operands.push_back(n.noValue());
  }
  ArrayRef<StringRef> known = OpTy::getAttributeNames();
  for (const NamedAttribute &a : n.attributes)
    if (!llvm::is_contained(known, a.getName().strref()))
      return n.error("attribute '" + a.getName().strref() +
                     "' is not supported");
  constexpr int fixedResults = fixedResultCount<OpTy>();
  unsigned numResults = fixedResults >= 0 ? fixedResults : n.node.output_size();
  auto op = n.create<OpTy>(operands, n.attributes, numResults);
  if (!op) return failure();
  n.outputs.assign(op->result_begin(), op->result_end());
  return success();
}

template <typename OpTy> LogicalResult importGeneric(NodeImport &n) {
  return createFromNode<OpTy>(n, n.inputs);
}

/// An attribute of an older opset that became input `index`.
template <typename OpTy>
LogicalResult importWithAttrAsInput(NodeImport &n, StringRef attr,
                                    unsigned index, bool required) {
  SmallVector<Value> operands = n.inputs;
  if (operands.size() > index)
    return n.error("has input #" + Twine(index) + ", which opset " +
                   Twine(n.opset) + " does not define");
  while (operands.size() < index) operands.push_back(n.noValue());
  std::optional<SmallVector<int64_t>> values = n.getInts(attr);
  n.takeAttr(attr);
  if (values) operands.push_back(n.constantI64(*values));
  else if (required) return n.error("missing attribute '" + attr + "'");
  else operands.push_back(n.noValue());
  return createFromNode<OpTy>(n, operands);
}

template <typename OpTy> LogicalResult importReduceAttrAxes(NodeImport &n) {
  return importWithAttrAsInput<OpTy>(n, "axes", 1, /*required=*/false);
}

/// TopK before opset 10: `k` is an attribute; it becomes the input K.
LogicalResult importTopKAttr(NodeImport &n) {
  auto k = n.getInt("k");
  n.takeAttr("k");
  if (!k) return n.error("missing attribute 'k'");
  if (n.inputs.size() != 1) return n.error("expects the one input X");
  return createFromNode<TopKOp>(n, {n.inputs[0], n.constantI64({*k})});
}

/// GridSample before opset 20 names its modes bilinear and bicubic, and
/// samples 4-D inputs only.
LogicalResult importGridSample16(NodeImport &n) {
  for (NamedAttribute &a : n.attributes) {
    auto mode = dyn_cast<StringAttr>(a.getValue());
    if (a.getName() != "mode" || !mode) continue;
    StringRef renamed = llvm::StringSwitch<StringRef>(mode.getValue())
                            .Case("bilinear", "linear")
                            .Case("bicubic", "cubic")
                            .Case("nearest", "nearest")
                            .Default("");
    if (renamed.empty())
      return n.error("mode '" + mode.getValue() +
                     "' is not one of bilinear, nearest, bicubic");
    a.setValue(n.builder.getStringAttr(renamed));
  }
  return importGeneric<GridSampleOp>(n);
}

/// RoiAlign before opset 16 has no coordinate_transformation_mode: it
/// behaves as "output_half_pixel".
LogicalResult importRoiAlign10(NodeImport &n) {
  if (n.getAttr("coordinate_transformation_mode"))
    return n.error("attribute 'coordinate_transformation_mode' is defined "
                   "from opset 16 on");
  n.attributes.push_back(n.builder.getNamedAttr(
      "coordinate_transformation_mode",
      n.builder.getStringAttr("output_half_pixel")));
  return importGeneric<RoiAlignOp>(n);
}

/// DFT before opset 20: the axis is an attribute (default 1); it becomes
/// the input `axis`.
LogicalResult importDFT17(NodeImport &n) {
  SmallVector<Value> operands = n.inputs;
  if (operands.size() > 2)
    return n.error("has " + Twine(operands.size()) +
                   " inputs; opset 17 defines input and dft_length");
  operands.resize(2, Value());
  if (!operands[1]) operands[1] = n.noValue();
  std::optional<int64_t> axis = n.getInt("axis");
  n.takeAttr("axis");
  operands.push_back(n.constantI64({axis.value_or(1)}));
  return createFromNode<DFTOp>(n, operands);
}

LogicalResult importConstant(NodeImport &n) {
  if (n.attributes.size() != 1)
    return n.error("must have exactly one value attribute, has " +
                   Twine(n.attributes.size()));
  StringRef name = n.attributes[0].getName().strref();
  Attribute value = n.attributes[0].getValue();
  Builder &b = n.builder;
  ElementsAttr elements;
  if (name == "value" || name == "sparse_value") {
    elements = dyn_cast<ElementsAttr>(value);
  } else if (name == "value_float" || name == "value_int") {
    auto type = RankedTensorType::get(
        {}, name == "value_float" ? Type(b.getF32Type()) : b.getI64Type());
    elements = DenseElementsAttr::get(type, value);
  } else if (name == "value_floats" || name == "value_ints") {
    auto array = cast<ArrayAttr>(value);
    auto type = RankedTensorType::get(
        {static_cast<int64_t>(array.size())},
        name == "value_floats" ? Type(b.getF32Type()) : b.getI64Type());
    elements = DenseElementsAttr::get(type, array.getValue());
  } else if (name == "value_string" || name == "value_strings") {
    return n.error("string constants are not supported");
  }
  if (!elements) return n.error("attribute '" + name + "' is not a tensor value");
  n.outputs.push_back(
      ConstantOp::create(n.builder, n.loc, elements.getType(), elements));
  return success();
}

/// Clip before opset 11: `min`/`max` attributes become scalar inputs.
LogicalResult importClipAttrs(NodeImport &n) {
  Type et = getElementType(n.inputs[0].getType());
  SmallVector<Value> operands{n.inputs[0]};
  for (StringRef bound : {"min", "max"}) {
    auto attr = dyn_cast_if_present<FloatAttr>(n.takeAttr(bound));
    operands.push_back(attr ? n.constantScalar(et, attr.getValueAsDouble())
                            : n.noValue());
  }
  return createFromNode<ClipOp>(n, operands);
}

/// Pad before opset 11: `pads` (`paddings` in opset 1) and `value` become
/// inputs.
LogicalResult importPadAttrs(NodeImport &n) {
  std::optional<SmallVector<int64_t>> pads = n.getInts("pads");
  if (!pads) pads = n.getInts("paddings");
  n.takeAttr("pads");
  n.takeAttr("paddings");
  if (!pads) return n.error("missing attribute 'pads'");
  auto value = dyn_cast_if_present<FloatAttr>(n.takeAttr("value"));
  Type et = getElementType(n.inputs[0].getType());
  SmallVector<Value> operands{n.inputs[0], n.constantI64(*pads),
                              n.constantScalar(et, value ? value.getValueAsDouble() : 0.0),
                              n.noValue()};
  return createFromNode<PadOp>(n, operands);
}

/// Slice before opset 10: starts/ends/axes attributes become inputs.
LogicalResult importSliceAttrs(NodeImport &n) {
  auto starts = n.getInts("starts"), ends = n.getInts("ends");
  auto axes = n.getInts("axes");
  for (StringRef a : {"starts", "ends", "axes"}) n.takeAttr(a);
  if (!starts || !ends) return n.error("missing 'starts' or 'ends'");
  SmallVector<Value> operands{n.inputs[0], n.constantI64(*starts),
                              n.constantI64(*ends),
                              axes ? n.constantI64(*axes) : n.noValue(),
                              n.noValue()};
  return createFromNode<SliceOp>(n, operands);
}

/// Resize-10 and Upsample: `scales` only, asymmetric coordinates and floor
/// rounding for nearest.
LogicalResult importResizeWithScales(NodeImport &n, Value scales) {
  Builder &b = n.builder;
  StringRef mode = "nearest";
  if (auto m = dyn_cast_if_present<StringAttr>(n.takeAttr("mode")))
    mode = m.getValue();
  // Opset 7-9 spelled linear as "linear" or "bilinear".
  if (mode == "bilinear") mode = "linear";
  n.attributes.push_back(b.getNamedAttr("mode", b.getStringAttr(mode)));
  n.attributes.push_back(b.getNamedAttr("coordinate_transformation_mode",
                                        b.getStringAttr("asymmetric")));
  n.attributes.push_back(
      b.getNamedAttr("nearest_mode", b.getStringAttr("floor")));
  return createFromNode<ResizeOp>(
      n, {n.inputs[0], n.noValue(), scales, n.noValue()});
}

LogicalResult importResize10(NodeImport &n) {
  if (n.inputs.size() != 2) return n.error("expects inputs X and scales");
  return importResizeWithScales(n, n.inputs[1]);
}

LogicalResult importUpsampleAttr(NodeImport &n) {
  auto scales = dyn_cast_if_present<ArrayAttr>(n.takeAttr("scales"));
  if (!scales) return n.error("missing attribute 'scales'");
  SmallVector<float> values;
  for (Attribute a : scales) values.push_back(cast<FloatAttr>(a).getValueAsDouble());
  auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                    n.builder.getF32Type());
  Value constant = ConstantOp::create(
      n.builder, n.loc, type, DenseElementsAttr::get(type, ArrayRef(values)));
  return importResizeWithScales(n, constant);
}

LogicalResult importUpsample9(NodeImport &n) {
  if (n.inputs.size() != 2) return n.error("expects inputs X and scales");
  return importResizeWithScales(n, n.inputs[1]);
}

/// Softmax-like ops before opset 13 flatten the input to 2-D at `axis`
/// (default 1). When `axis` is the last dim that is the same as the new
/// semantics; otherwise the 2-D form is built explicitly.
template <typename OpTy> LogicalResult importSoftmaxCoerced(NodeImport &n) {
  int64_t axis = n.getInt("axis").value_or(1);
  n.takeAttr("axis");
  Value input = n.inputs[0];
  auto ranked = dyn_cast<RankedTensorType>(input.getType());
  if (!ranked) return n.error("needs an input of known rank before opset 13");
  int64_t rank = ranked.getRank();
  if (axis < -rank || axis >= rank)
    return n.error("axis " + Twine(axis) + " is out of range for rank " +
                   Twine(rank));
  if (axis < 0) axis += rank;
  Builder &b = n.builder;
  if (axis == rank - 1) {
    n.attributes.push_back(b.getNamedAttr("axis", b.getI64IntegerAttr(-1)));
    return createFromNode<OpTy>(n, {input});
  }
  auto flat = n.create<FlattenOp>(
      {input}, {b.getNamedAttr("axis", b.getI64IntegerAttr(axis))}, 1);
  if (!flat) return failure();
  auto op = n.create<OpTy>({flat->getResult(0)},
                           {b.getNamedAttr("axis", b.getI64IntegerAttr(1))}, 1);
  if (!op) return failure();
  auto shape = n.create<ShapeOp>({input}, {}, 1);
  if (!shape) return failure();
  auto reshape = n.create<ReshapeOp>(
      {op->getResult(0), shape->getResult(0)}, {}, 1);
  if (!reshape) return failure();
  n.outputs.push_back(reshape->getResult(0));
  return success();
}

/// BatchNormalization with training_mode=1: the batch's mean and (biased)
/// variance over every dim but the channels normalise X, and the running
/// statistics are the input's times momentum plus the batch's times
/// (1 - momentum).
LogicalResult importBatchNormalizationTraining(NodeImport &n) {
  if (n.inputs.size() != 5)
    return n.error("training_mode=1 needs the 5 inputs");
  Value x = n.inputs[0];
  MaybeShape shape = getShape(x.getType());
  if (!shape || shape->size() < 2)
    return n.error("training_mode=1 needs X of known rank >= 2");
  SmallVector<int64_t> axes{0};
  for (size_t d = 2; d < shape->size(); ++d) axes.push_back(d);
  Type et = getElementType(x.getType());
  double momentum = 0.9;
  if (auto attr = dyn_cast_or_null<FloatAttr>(n.getAttr("momentum")))
    momentum = attr.getValueAsDouble();
  Builder &b = n.builder;
  auto keep = [&](int64_t k) {
    return b.getNamedAttr("keepdims", b.getI64IntegerAttr(k));
  };
  auto one = [](Operation *op) { return op ? op->getResult(0) : Value(); };
  Value axesValue = n.constantI64(axes);
  Value meanKept = one(n.create<ReduceMeanOp>({x, axesValue}, {keep(1)}, 1));
  if (!meanKept) return failure();
  Value diff = one(n.create<SubOp>({x, meanKept}, {}, 1));
  if (!diff) return failure();
  Value square = one(n.create<MulOp>({diff, diff}, {}, 1));
  if (!square) return failure();
  Value var = one(n.create<ReduceMeanOp>({square, axesValue}, {keep(0)}, 1));
  Value mean = one(n.create<ReduceMeanOp>({x, axesValue}, {keep(0)}, 1));
  if (!var || !mean) return failure();
  SmallVector<NamedAttribute> attrs;
  if (Attribute eps = n.getAttr("epsilon"))
    attrs.push_back(b.getNamedAttr("epsilon", eps));
  Value y = one(n.create<BatchNormalizationOp>(
      {x, n.inputs[1], n.inputs[2], mean, var}, attrs, 1));
  if (!y) return failure();
  Value m = n.constantScalar(et, momentum);
  Value rest = n.constantScalar(et, 1.0 - momentum);
  n.outputs.push_back(y);
  for (auto [batch, input] :
       {std::pair{mean, n.inputs[3]}, std::pair{var, n.inputs[4]}}) {
    Value kept = one(n.create<MulOp>({input, m}, {}, 1));
    Value scaled = one(n.create<MulOp>({batch, rest}, {}, 1));
    if (!scaled || !kept) return failure();
    Value running = one(n.create<AddOp>({scaled, kept}, {}, 1));
    if (!running) return failure();
    n.outputs.push_back(running);
  }
  n.outputs.resize(std::max<size_t>(1, n.node.output_size()));
  return success();
}

LogicalResult importBatchNormalization(NodeImport &n) {
  if (auto spatial = n.getInt("spatial"); spatial && *spatial == 0)
    return n.error("spatial=0 (per-activation statistics) is not supported");
  n.takeAttr("spatial");
  auto training = n.getInt("training_mode");
  n.takeAttr("training_mode");
  if (training && *training != 0) return importBatchNormalizationTraining(n);
  return importGeneric<BatchNormalizationOp>(n);
}

/// Dropout in inference is the identity; its mask is all true.
LogicalResult importDropout(NodeImport &n) {
  if (n.inputs.size() >= 3 && !isNoValue(n.inputs[2])) {
    auto training = getConstantInts(n.inputs[2]);
    if (!training || (*training)[0] != 0)
      return n.error("training_mode must be a constant false");
  }
  n.outputs.push_back(n.inputs[0]);
  if (n.node.output_size() < 2 || n.node.output(1).empty()) return success();
  auto shape = n.create<ShapeOp>({n.inputs[0]}, {}, 1);
  if (!shape) return failure();
  auto trueType = RankedTensorType::get({1}, n.builder.getI1Type());
  auto mask = n.create<ConstantOfShapeOp>(
      {shape->getResult(0)},
      {n.builder.getNamedAttr("value",
                              DenseElementsAttr::get(trueType, true))},
      1);
  if (!mask) return failure();
  n.outputs.push_back(mask->getResult(0));
  return success();
}

/// PRelu before opset 7: a 1-D slope of C values is per channel (dim 1).
LogicalResult importPReluLegacy(NodeImport &n) {
  MaybeShape x = getShape(n.inputs[0].getType());
  MaybeShape slope = getShape(n.inputs[1].getType());
  if (x && slope && slope->size() == 1 && x->size() > 2 &&
      (*slope)[0] != 1) {
    SmallVector<int64_t> axes;
    for (size_t i = 1; i + 1 < x->size(); ++i) axes.push_back(i);
    auto unsqueeze =
        n.create<UnsqueezeOp>({n.inputs[1], n.constantI64(axes)}, {}, 1);
    if (!unsqueeze) return failure();
    n.inputs[1] = unsqueeze->getResult(0);
  }
  return importGeneric<PReluOp>(n);
}

LogicalResult importConcatLegacy(NodeImport &n) {
  if (!n.getAttr("axis"))
    n.attributes.push_back(
        n.builder.getNamedAttr("axis", n.builder.getI64IntegerAttr(1)));
  return importGeneric<ConcatOp>(n);
}

LogicalResult importIf(NodeImport &n) {
  const onnx::GraphProto *thenGraph = n.graphs.lookup("then_branch");
  const onnx::GraphProto *elseGraph = n.graphs.lookup("else_branch");
  if (!thenGraph || !elseGraph)
    return n.error("needs graph attributes 'then_branch' and 'else_branch'");
  auto op = n.create<IfOp>(n.inputs, n.attributes, n.node.output_size(),
                           {thenGraph, elseGraph});
  if (!op) return failure();
  n.outputs.assign(op->result_begin(), op->result_end());
  return success();
}

LogicalResult importLoop(NodeImport &n) {
  const onnx::GraphProto *body = n.graphs.lookup("body");
  if (!body) return n.error("needs the graph attribute 'body'");
  if (n.inputs.size() < 2)
    return n.error("needs inputs M and cond (either may be empty)");
  MLIRContext *ctx = n.builder.getContext();
  SmallVector<Type> argTypes{
      RankedTensorType::get({}, IntegerType::get(ctx, 64)),
      RankedTensorType::get({}, IntegerType::get(ctx, 1))};
  // A loop-carried value may change shape from one iteration to the next:
  // where the body does not declare its type, only its rank is assumed.
  for (Value v : ArrayRef(n.inputs).drop_front(2)) {
    MaybeShape shape = getShape(v.getType());
    if (shape) shape->assign(shape->size(), ShapedType::kDynamic);
    argTypes.push_back(makeTensorType(shape, getElementType(v.getType())));
  }
  auto op = n.create<LoopOp>(n.inputs, n.attributes, n.node.output_size(),
                             {body}, {argTypes});
  if (!op) return failure();
  n.outputs.assign(op->result_begin(), op->result_end());
  return success();
}

LogicalResult importScan(NodeImport &n) {
  const onnx::GraphProto *body = n.graphs.lookup("body");
  if (!body) return n.error("needs the graph attribute 'body'");
  auto numScan = n.getInt("num_scan_inputs");
  if (!numScan || *numScan < 1 || *numScan > static_cast<int64_t>(n.inputs.size()))
    return n.error("needs 'num_scan_inputs' in [1, number of inputs]");
  size_t states = n.inputs.size() - *numScan;
  auto axes = n.getInts("scan_input_axes")
                  .value_or(SmallVector<int64_t>(*numScan, 0));
  SmallVector<Type> argTypes;
  for (auto [i, v] : llvm::enumerate(n.inputs)) {
    if (i < states) { argTypes.push_back(v.getType()); continue; }
    MaybeShape shape = getShape(v.getType());
    int64_t axis = i - states < axes.size() ? axes[i - states] : 0;
    if (shape && axis < 0) axis += shape->size();
    if (shape && axis >= 0 && axis < static_cast<int64_t>(shape->size()))
      shape->erase(shape->begin() + axis);
    else shape = std::nullopt;
    argTypes.push_back(makeTensorType(shape, getElementType(v.getType())));
  }
  auto op = n.create<ScanOp>(n.inputs, n.attributes, n.node.output_size(),
                             {body}, {argTypes});
  if (!op) return failure();
  n.outputs.assign(op->result_begin(), op->result_end());
  return success();
}

struct Entry {
  int64_t firstOpset;
  OpHandler handler;
};

llvm::StringMap<SmallVector<Entry, 2>> buildTable() {
  llvm::StringMap<SmallVector<Entry, 2>> t;
  auto add = [&](StringRef op, int64_t since, OpHandler h) {
    t[op].push_back({since, std::move(h)});
  };
#define GENERIC(NAME, SINCE) add(#NAME, SINCE, importGeneric<NAME##Op>)
  // Elementwise.
  GENERIC(Abs, 1); GENERIC(Neg, 1); GENERIC(Exp, 1); GENERIC(Log, 1);
  GENERIC(Sqrt, 1); GENERIC(Reciprocal, 1); GENERIC(Relu, 1);
  GENERIC(Sigmoid, 1); GENERIC(Tanh, 1); GENERIC(Erf, 9); GENERIC(Floor, 1);
  GENERIC(Ceil, 1); GENERIC(Round, 11); GENERIC(Sign, 9); GENERIC(Sin, 7);
  GENERIC(Cos, 7); GENERIC(Tan, 7); GENERIC(Asin, 7); GENERIC(Acos, 7);
  GENERIC(Atan, 7); GENERIC(Sinh, 9); GENERIC(Cosh, 9); GENERIC(Asinh, 9);
  GENERIC(Acosh, 9); GENERIC(Atanh, 9); GENERIC(Softplus, 1);
  GENERIC(Softsign, 1); GENERIC(Not, 1); GENERIC(HardSwish, 14);
  GENERIC(Mish, 18); GENERIC(BitwiseNot, 18); GENERIC(IsNaN, 9);
  GENERIC(IsInf, 10);
  GENERIC(Add, 1); GENERIC(Sub, 1); GENERIC(Mul, 1); GENERIC(Div, 1);
  GENERIC(Pow, 1); GENERIC(BitwiseAnd, 18); GENERIC(BitwiseOr, 18);
  GENERIC(BitwiseXor, 18); GENERIC(Mod, 10);
  GENERIC(BitShift, 11);
  add("PRelu", 1, importPReluLegacy);
  GENERIC(PRelu, 7);
  GENERIC(Equal, 1); GENERIC(Less, 1); GENERIC(LessOrEqual, 12);
  GENERIC(Greater, 1); GENERIC(GreaterOrEqual, 12); GENERIC(And, 1);
  GENERIC(Or, 1); GENERIC(Xor, 1);
  GENERIC(Sum, 1); GENERIC(Mean, 1); GENERIC(Max, 1); GENERIC(Min, 1);
  GENERIC(LeakyRelu, 1); GENERIC(Elu, 1); GENERIC(Celu, 12); GENERIC(Selu, 1);
  GENERIC(HardSigmoid, 1); GENERIC(ThresholdedRelu, 10); GENERIC(Shrink, 9);
  GENERIC(Gelu, 20); GENERIC(Where, 9);
  add("Clip", 1, importClipAttrs);
  GENERIC(Clip, 11);
  GENERIC(Cast, 1); GENERIC(CastLike, 15); GENERIC(Identity, 1);
  // Reductions: axes moved from attribute to input (ReduceSum in 13, the
  // others in 18).
#define REDUCE(NAME, INPUT_SINCE)                                              \
  add(#NAME, 1, importReduceAttrAxes<NAME##Op>);                               \
  GENERIC(NAME, INPUT_SINCE)
  REDUCE(ReduceSum, 13); REDUCE(ReduceMean, 18); REDUCE(ReduceMax, 18);
  REDUCE(ReduceMin, 18); REDUCE(ReduceProd, 18); REDUCE(ReduceL1, 18);
  REDUCE(ReduceL2, 18); REDUCE(ReduceLogSum, 18); REDUCE(ReduceLogSumExp, 18);
  REDUCE(ReduceSumSquare, 18);
#undef REDUCE
  GENERIC(ArgMax, 1); GENERIC(ArgMin, 1);
  // Constants.
  add("Constant", 1, importConstant);
  GENERIC(ConstantOfShape, 9); GENERIC(Range, 11);
  // Linear algebra, convolution, normalisation.
  GENERIC(MatMul, 1); GENERIC(Gemm, 1); GENERIC(Conv, 1);
  GENERIC(ConvTranspose, 1); GENERIC(MaxPool, 1); GENERIC(AveragePool, 1);
  GENERIC(GlobalAveragePool, 1); GENERIC(GlobalMaxPool, 1);
  add("BatchNormalization", 1, importBatchNormalization);
  GENERIC(InstanceNormalization, 1); GENERIC(LayerNormalization, 17);
  add("Softmax", 1, importSoftmaxCoerced<SoftmaxOp>);
  GENERIC(Softmax, 13);
  add("LogSoftmax", 1, importSoftmaxCoerced<LogSoftmaxOp>);
  GENERIC(LogSoftmax, 13);
  add("Hardmax", 1, importSoftmaxCoerced<HardmaxOp>);
  GENERIC(Hardmax, 13);
  add("Dropout", 1, importDropout);
  GENERIC(RNN, 7); GENERIC(GRU, 7); GENERIC(LSTM, 7);
  // Quantization (DynamicQuantizeLinear is imported as its function body).
  GENERIC(QuantizeLinear, 10); GENERIC(DequantizeLinear, 10);
  GENERIC(MatMulInteger, 10); GENERIC(ConvInteger, 10);
  GENERIC(QLinearMatMul, 10); GENERIC(QLinearConv, 10);
  // Shapes and data movement.
  GENERIC(Shape, 1); GENERIC(Size, 1);
  add("Reshape", 1, [](NodeImport &n) {
    return importWithAttrAsInput<ReshapeOp>(n, "shape", 1, true);
  });
  GENERIC(Reshape, 5);
  GENERIC(Flatten, 1); GENERIC(Transpose, 1);
  add("Concat", 1, importConcatLegacy);
  GENERIC(Concat, 4);
  add("Slice", 1, importSliceAttrs);
  GENERIC(Slice, 10);
  GENERIC(Gather, 1); GENERIC(GatherElements, 11); GENERIC(Trilu, 14);
  GENERIC(DepthToSpace, 1); GENERIC(SpaceToDepth, 1); GENERIC(CumSum, 11);
  GENERIC(OneHot, 9); GENERIC(EyeLike, 9);
  add("Scatter", 9, importGeneric<ScatterElementsOp>);
  GENERIC(ScatterElements, 11);
  GENERIC(GatherND, 11); GENERIC(ScatterND, 11);
  // Selection (sizes from the data) and Einsum.
  add("TopK", 1, importTopKAttr);
  GENERIC(TopK, 10);
  GENERIC(NonZero, 9); GENERIC(Compress, 9); GENERIC(Unique, 11);
  GENERIC(Einsum, 12);
  GENERIC(LRN, 1); GENERIC(ReverseSequence, 10); GENERIC(Det, 11);
  GENERIC(MaxUnpool, 9); GENERIC(NonMaxSuppression, 10);
  add("GridSample", 16, importGridSample16); GENERIC(GridSample, 20);
  add("RoiAlign", 10, importRoiAlign10); GENERIC(RoiAlign, 16);
  // Signal processing.
  add("DFT", 17, importDFT17); GENERIC(DFT, 20);
  GENERIC(STFT, 17); GENERIC(MelWeightMatrix, 17);
  GENERIC(TfIdfVectorizer, 9);
  addComposedOpHandlers(add);
  add("Squeeze", 1, [](NodeImport &n) {
    return importWithAttrAsInput<SqueezeOp>(n, "axes", 1, false);
  });
  GENERIC(Squeeze, 13);
  add("Unsqueeze", 1, [](NodeImport &n) {
    return importWithAttrAsInput<UnsqueezeOp>(n, "axes", 1, true);
  });
  GENERIC(Unsqueeze, 13);
  add("Split", 1, [](NodeImport &n) {
    return importWithAttrAsInput<SplitOp>(n, "split", 1, false);
  });
  GENERIC(Split, 13);
  add("Pad", 1, importPadAttrs);
  GENERIC(Pad, 11);
  GENERIC(Expand, 8); GENERIC(Tile, 6);
  add("Resize", 10, importResize10);
  GENERIC(Resize, 11);
  add("Upsample", 7, importUpsampleAttr);
  add("Upsample", 9, importUpsample9);
  // Control flow.
  add("If", 1, importIf);
  add("Loop", 1, importLoop);
  add("Scan", 9, importScan);
#undef GENERIC
  for (auto &entry : t)
    llvm::sort(entry.second, [](const Entry &a, const Entry &b) {
      return a.firstOpset < b.firstOpset;
    });
  return t;
}

} // namespace

const OpHandler *lookupOpHandler(StringRef opType, int64_t opset,
                                 int64_t &firstOpset) {
  static const llvm::StringMap<SmallVector<Entry, 2>> table = buildTable();
  firstOpset = 0;
  auto it = table.find(opType);
  if (it == table.end()) return nullptr;
  const Entry *chosen = nullptr;
  for (const Entry &e : it->second)
    if (e.firstOpset <= opset) chosen = &e;
  if (!chosen) {
    firstOpset = it->second.front().firstOpset;
    return nullptr;
  }
  return &chosen->handler;
}

LogicalResult runOpHandler(const OpHandler &handler, NodeImport &n) {
  if (failed(dropLegacyAttributes(n))) return failure();
  return handler(n);
}

} // namespace onnxc
