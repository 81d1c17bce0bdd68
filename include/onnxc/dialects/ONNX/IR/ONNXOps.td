//===- ONNXOps.td - The ONNX dialect and its operations -------------------===//
//
// Ops are written by hand in ODS (see docs/dialect.md for why): one def per
// ONNX operator, named exactly as in ONNX, with operands in ONNX order. An
// optional ONNX input is an operand of tensor-or-none type; the importer feeds
// `onnx.NoValue` when the input is absent, so operand positions always match
// the ONNX schema. Ops whose signature changed across opsets are declared in
// the newest form; the importer normalises older nodes to it.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_ONNX_OPS
#define ONNXC_ONNX_OPS

include "mlir/IR/OpBase.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/CommonTypeConstraints.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "onnxc/dialects/ONNX/IR/ONNXInterfaces.td"

def ONNX_Dialect : Dialect {
  let name = "onnx";
  let summary = "ONNX operators as imported from a model";
  let cppNamespace = "::onnxc";
  let hasConstantMaterializer = 1;
  // Attributes live in the attribute dictionary, so the ODS verifier checks
  // the kind of every attribute an imported node carries before any getter
  // reads it.
  let usePropertiesForAttributes = 0;
}

//===----------------------------------------------------------------------===//
// Types and base classes
//===----------------------------------------------------------------------===//

def ONNX_Tensor : AnyTypeOf<[AnyRankedTensor, AnyUnrankedTensor]>;
// An optional ONNX input: a tensor, or the `none` result of onnx.NoValue.
def ONNX_OptTensor : AnyTypeOf<[AnyRankedTensor, AnyUnrankedTensor, NoneType]>;

// Base of every op. `inferResultTypes` is implemented in C++ unless a
// subclass provides it inline through a shared free function.
class ONNX_BaseOp<string mnemonic, list<Trait> traits = []>
    : Op<ONNX_Dialect, mnemonic, !listconcat(traits, [ONNX_InferResultTypes])> {
  code inferDecl = [{
    ::mlir::LogicalResult inferResultTypes(
        ::llvm::SmallVectorImpl<::mlir::Type> &types,
        std::optional<::mlir::Location> loc);
  }];
  let extraClassDeclaration = inferDecl;
}

class ONNX_Op<string mnemonic, list<Trait> traits = []>
    : ONNX_BaseOp<mnemonic, !listconcat(traits, [Pure])>;

// Helper to give a class an inline inference body.
class InlineInfer<string body> {
  code inferInline = !strconcat([{
    ::mlir::LogicalResult inferResultTypes(
        ::llvm::SmallVectorImpl<::mlir::Type> &types,
        std::optional<::mlir::Location> loc) {
      return }], body, [{;
    }
  }]);
}

// Elementwise op whose result has the operand's type.
class ONNX_UnaryOp<string mnemonic>
    : ONNX_Op<mnemonic, [SameOperandsAndResultElementType]>,
      InlineInfer<"::onnxc::inferSameAsOperand(getOperation(), 0, types, loc)"> {
  let summary = "ONNX " # mnemonic # " (elementwise)";
  let arguments = (ins ONNX_Tensor:$X);
  let results = (outs ONNX_Tensor:$Y);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

// Elementwise op with a boolean result.
class ONNX_UnaryPredicateOp<string mnemonic>
    : ONNX_Op<mnemonic>,
      InlineInfer<"::onnxc::inferSameShapeAs(getOperation(), 0, "
                  "::mlir::IntegerType::get(getContext(), 1), types, loc)"> {
  let summary = "ONNX " # mnemonic # " (elementwise predicate)";
  let arguments = (ins ONNX_Tensor:$X);
  let results = (outs ONNX_Tensor:$Y);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

// Numpy-broadcasting binary op; the result has the operands' element type.
class ONNX_BinaryOp<string mnemonic>
    : ONNX_Op<mnemonic>,
      InlineInfer<"::onnxc::inferBroadcast(getOperation(), {}, types, loc)"> {
  let summary = "ONNX " # mnemonic # " (numpy broadcasting)";
  let arguments = (ins ONNX_Tensor:$A, ONNX_Tensor:$B);
  let results = (outs ONNX_Tensor:$C);
  let extraClassDeclaration = inferInline;
  let hasFolder = 1;
  let assemblyFormat = "$A `,` $B attr-dict `:` functional-type(operands, results)";
}

// Numpy-broadcasting binary op with a boolean result.
class ONNX_CompareOp<string mnemonic>
    : ONNX_Op<mnemonic>,
      InlineInfer<"::onnxc::inferBroadcast(getOperation(), "
                  "::mlir::IntegerType::get(getContext(), 1), types, loc)"> {
  let summary = "ONNX " # mnemonic # " (numpy broadcasting, boolean result)";
  let arguments = (ins ONNX_Tensor:$A, ONNX_Tensor:$B);
  let results = (outs ONNX_Tensor:$C);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$A `,` $B attr-dict `:` functional-type(operands, results)";
}

// Variadic numpy-broadcasting op (Sum, Max, ...).
class ONNX_VariadicOp<string mnemonic>
    : ONNX_Op<mnemonic>,
      InlineInfer<"::onnxc::inferBroadcast(getOperation(), {}, types, loc)"> {
  let summary = "ONNX " # mnemonic # " (variadic, numpy broadcasting)";
  let arguments = (ins Variadic<ONNX_Tensor>:$data_0);
  let results = (outs ONNX_Tensor:$result);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$data_0 attr-dict `:` functional-type(operands, results)";
}

// Reduction with the axes as an optional input (the opset-18 form).
class ONNX_ReduceOp<string mnemonic>
    : ONNX_Op<mnemonic>,
      InlineInfer<"::onnxc::inferReduce(getOperation(), getKeepdims() != 0, "
                  "getNoopWithEmptyAxes() != 0, types, loc)"> {
  let summary = "ONNX " # mnemonic # " (axes as input)";
  let arguments = (ins ONNX_Tensor:$data, ONNX_OptTensor:$axes,
                   DefaultValuedAttr<I64Attr, "1">:$keepdims,
                   DefaultValuedAttr<I64Attr, "0">:$noop_with_empty_axes);
  let results = (outs ONNX_Tensor:$reduced);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$data `,` $axes attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Elementwise families (adding an op here is one word)
//===----------------------------------------------------------------------===//

foreach name = ["Abs", "Neg", "Exp", "Log", "Sqrt", "Reciprocal", "Relu",
                "Sigmoid", "Tanh", "Erf", "Floor", "Ceil", "Round", "Sign",
                "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh",
                "Asinh", "Acosh", "Atanh", "Softplus", "Softsign", "Not",
                "HardSwish", "Mish", "BitwiseNot"] in
def ONNX_#name#Op : ONNX_UnaryOp<name>;

foreach name = ["IsNaN"] in
def ONNX_#name#Op : ONNX_UnaryPredicateOp<name>;

foreach name = ["Add", "Sub", "Mul", "Div", "Pow", "BitwiseAnd",
                "BitwiseOr", "BitwiseXor"] in
def ONNX_#name#Op : ONNX_BinaryOp<name>;

foreach name = ["Equal", "Less", "LessOrEqual", "Greater", "GreaterOrEqual",
                "And", "Or", "Xor"] in
def ONNX_#name#Op : ONNX_CompareOp<name>;

foreach name = ["Sum", "Mean", "Max", "Min"] in
def ONNX_#name#Op : ONNX_VariadicOp<name>;

foreach name = ["ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin",
                "ReduceProd", "ReduceL1", "ReduceL2", "ReduceLogSum",
                "ReduceLogSumExp", "ReduceSumSquare"] in
def ONNX_#name#Op : ONNX_ReduceOp<name>;

//===----------------------------------------------------------------------===//
// Elementwise ops with attributes
//===----------------------------------------------------------------------===//

class ONNX_UnaryAttrOp<string mnemonic, dag attrs>
    : ONNX_Op<mnemonic, [SameOperandsAndResultElementType]>,
      InlineInfer<"::onnxc::inferSameAsOperand(getOperation(), 0, types, loc)"> {
  let summary = "ONNX " # mnemonic # " (elementwise)";
  let arguments = !con((ins ONNX_Tensor:$X), attrs);
  let results = (outs ONNX_Tensor:$Y);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_LeakyReluOp : ONNX_UnaryAttrOp<"LeakyRelu",
    (ins DefaultValuedAttr<F32Attr, "0.01">:$alpha)>;
def ONNX_EluOp : ONNX_UnaryAttrOp<"Elu",
    (ins DefaultValuedAttr<F32Attr, "1.0">:$alpha)>;
def ONNX_CeluOp : ONNX_UnaryAttrOp<"Celu",
    (ins DefaultValuedAttr<F32Attr, "1.0">:$alpha)>;
def ONNX_SeluOp : ONNX_UnaryAttrOp<"Selu",
    (ins DefaultValuedAttr<F32Attr, "1.67326">:$alpha,
         DefaultValuedAttr<F32Attr, "1.0507">:$gamma)>;
def ONNX_HardSigmoidOp : ONNX_UnaryAttrOp<"HardSigmoid",
    (ins DefaultValuedAttr<F32Attr, "0.2">:$alpha,
         DefaultValuedAttr<F32Attr, "0.5">:$beta)>;
def ONNX_ThresholdedReluOp : ONNX_UnaryAttrOp<"ThresholdedRelu",
    (ins DefaultValuedAttr<F32Attr, "1.0">:$alpha)>;
def ONNX_ShrinkOp : ONNX_UnaryAttrOp<"Shrink",
    (ins DefaultValuedAttr<F32Attr, "0.0">:$bias,
         DefaultValuedAttr<F32Attr, "0.5">:$lambd)>;
def ONNX_GeluOp : ONNX_UnaryAttrOp<"Gelu",
    (ins DefaultValuedAttr<StrAttr, "\"none\"">:$approximate)>;
def ONNX_IsInfOp : ONNX_Op<"IsInf">,
    InlineInfer<"::onnxc::inferSameShapeAs(getOperation(), 0, "
                "::mlir::IntegerType::get(getContext(), 1), types, loc)"> {
  let summary = "ONNX IsInf";
  let arguments = (ins ONNX_Tensor:$X,
                   DefaultValuedAttr<I64Attr, "1">:$detect_positive,
                   DefaultValuedAttr<I64Attr, "1">:$detect_negative);
  let results = (outs ONNX_Tensor:$Y);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_ModOp : ONNX_Op<"Mod">,
    InlineInfer<"::onnxc::inferBroadcast(getOperation(), {}, types, loc)"> {
  let summary = "ONNX Mod";
  let arguments = (ins ONNX_Tensor:$A, ONNX_Tensor:$B,
                   DefaultValuedAttr<I64Attr, "0">:$fmod);
  let results = (outs ONNX_Tensor:$C);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$A `,` $B attr-dict `:` functional-type(operands, results)";
}

def ONNX_BitShiftOp : ONNX_Op<"BitShift">,
    InlineInfer<"::onnxc::inferBroadcast(getOperation(), {}, types, loc)"> {
  let summary = "ONNX BitShift (unsigned integers, numpy broadcasting)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$Y, StrAttr:$direction);
  let results = (outs ONNX_Tensor:$Z);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X `,` $Y attr-dict `:` functional-type(operands, results)";
}

def ONNX_PReluOp : ONNX_Op<"PRelu">,
    InlineInfer<"::onnxc::inferUnidirectional(getOperation(), types, loc)"> {
  let summary = "ONNX PRelu (slope broadcasts to X)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$slope);
  let results = (outs ONNX_Tensor:$Y);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X `,` $slope attr-dict `:` functional-type(operands, results)";
}

def ONNX_WhereOp : ONNX_Op<"Where">,
    InlineInfer<"::onnxc::inferWhere(getOperation(), types, loc)"> {
  let summary = "ONNX Where";
  let arguments = (ins ONNX_Tensor:$condition, ONNX_Tensor:$X, ONNX_Tensor:$Y);
  let results = (outs ONNX_Tensor:$output);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ClipOp : ONNX_Op<"Clip">,
    InlineInfer<"::onnxc::inferSameAsOperand(getOperation(), 0, types, loc)"> {
  let summary = "ONNX Clip (min and max as optional inputs, opset >= 11 form)";
  let arguments = (ins ONNX_Tensor:$input, ONNX_OptTensor:$min,
                   ONNX_OptTensor:$max);
  let results = (outs ONNX_Tensor:$output);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_CastOp : ONNX_Op<"Cast"> {
  let summary = "ONNX Cast (`to` is an ONNX TensorProto data type)";
  let arguments = (ins ONNX_Tensor:$input, I64Attr:$to,
                   DefaultValuedAttr<I64Attr, "1">:$saturate);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_CastLikeOp : ONNX_Op<"CastLike"> {
  let summary = "ONNX CastLike";
  let arguments = (ins ONNX_Tensor:$input, ONNX_Tensor:$target_type);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_IdentityOp : ONNX_Op<"Identity">,
    InlineInfer<"::onnxc::inferSameAsOperand(getOperation(), 0, types, loc)"> {
  let summary = "ONNX Identity";
  let arguments = (ins ONNX_Tensor:$input);
  let results = (outs ONNX_Tensor:$output);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def ONNX_NoValueOp : ONNX_Op<"NoValue", [ConstantLike]> {
  let summary = "Marks an absent optional input";
  let results = (outs NoneType:$none);
  let assemblyFormat = "attr-dict";
  let hasFolder = 1;
}

def ONNX_ConstantOp : ONNX_Op<"Constant", [ConstantLike]> {
  let summary = "ONNX Constant; every value_* form is normalised to `value`";
  let arguments = (ins ElementsAttr:$value);
  let results = (outs ONNX_Tensor:$output);
  // `onnx.Constant dense<[1, 2]> : tensor<2xi64>`: the type is the value's.
  let hasCustomAssemblyFormat = 1;
  let hasFolder = 1;
}

def ONNX_ConstantOfShapeOp : ONNX_Op<"ConstantOfShape"> {
  let summary = "ONNX ConstantOfShape (value defaults to a float 0)";
  let arguments = (ins ONNX_Tensor:$input, OptionalAttr<ElementsAttr>:$value);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def ONNX_RangeOp : ONNX_Op<"Range"> {
  let summary = "ONNX Range";
  let arguments = (ins ONNX_Tensor:$start, ONNX_Tensor:$limit,
                   ONNX_Tensor:$delta);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Linear algebra, convolution, pooling, normalisation
//===----------------------------------------------------------------------===//

def ONNX_MatMulOp : ONNX_Op<"MatMul"> {
  let summary = "ONNX MatMul (numpy matmul semantics)";
  let arguments = (ins ONNX_Tensor:$A, ONNX_Tensor:$B);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "$A `,` $B attr-dict `:` functional-type(operands, results)";
}

def ONNX_GemmOp : ONNX_Op<"Gemm"> {
  let summary = "ONNX Gemm: alpha * op(A) * op(B) + beta * C";
  let arguments = (ins ONNX_Tensor:$A, ONNX_Tensor:$B, ONNX_OptTensor:$C,
                   DefaultValuedAttr<F32Attr, "1.0">:$alpha,
                   DefaultValuedAttr<F32Attr, "1.0">:$beta,
                   DefaultValuedAttr<I64Attr, "0">:$transA,
                   DefaultValuedAttr<I64Attr, "0">:$transB);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ConvOp : ONNX_Op<"Conv"> {
  let summary = "ONNX Conv (N, C, D1..Dn layout)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$W, ONNX_OptTensor:$B,
                   DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
                   OptionalAttr<I64ArrayAttr>:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group,
                   OptionalAttr<I64ArrayAttr>:$kernel_shape,
                   OptionalAttr<I64ArrayAttr>:$pads,
                   OptionalAttr<I64ArrayAttr>:$strides);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ConvTransposeOp : ONNX_Op<"ConvTranspose"> {
  let summary = "ONNX ConvTranspose";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$W, ONNX_OptTensor:$B,
                   DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
                   OptionalAttr<I64ArrayAttr>:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group,
                   OptionalAttr<I64ArrayAttr>:$kernel_shape,
                   OptionalAttr<I64ArrayAttr>:$output_padding,
                   OptionalAttr<I64ArrayAttr>:$output_shape,
                   OptionalAttr<I64ArrayAttr>:$pads,
                   OptionalAttr<I64ArrayAttr>:$strides);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_MaxPoolOp : ONNX_Op<"MaxPool"> {
  let summary = "ONNX MaxPool; Indices holds flat indices into X (row-major)";
  let arguments = (ins ONNX_Tensor:$X,
                   DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
                   DefaultValuedAttr<I64Attr, "0">:$ceil_mode,
                   OptionalAttr<I64ArrayAttr>:$dilations,
                   I64ArrayAttr:$kernel_shape,
                   OptionalAttr<I64ArrayAttr>:$pads,
                   DefaultValuedAttr<I64Attr, "0">:$storage_order,
                   OptionalAttr<I64ArrayAttr>:$strides);
  let results = (outs ONNX_Tensor:$Y, ONNX_Tensor:$Indices);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_AveragePoolOp : ONNX_Op<"AveragePool"> {
  let summary = "ONNX AveragePool";
  let arguments = (ins ONNX_Tensor:$X,
                   DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
                   DefaultValuedAttr<I64Attr, "0">:$ceil_mode,
                   DefaultValuedAttr<I64Attr, "0">:$count_include_pad,
                   OptionalAttr<I64ArrayAttr>:$dilations,
                   I64ArrayAttr:$kernel_shape,
                   OptionalAttr<I64ArrayAttr>:$pads,
                   OptionalAttr<I64ArrayAttr>:$strides);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

class ONNX_GlobalPoolOp<string mnemonic>
    : ONNX_Op<mnemonic>,
      InlineInfer<"::onnxc::inferGlobalPool(getOperation(), types, loc)"> {
  let summary = "ONNX " # mnemonic;
  let arguments = (ins ONNX_Tensor:$X);
  let results = (outs ONNX_Tensor:$Y);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}
def ONNX_GlobalAveragePoolOp : ONNX_GlobalPoolOp<"GlobalAveragePool">;
def ONNX_GlobalMaxPoolOp : ONNX_GlobalPoolOp<"GlobalMaxPool">;

def ONNX_BatchNormalizationOp : ONNX_Op<"BatchNormalization"> {
  let summary = "ONNX BatchNormalization in inference mode (output Y only)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$scale, ONNX_Tensor:$B,
                   ONNX_Tensor:$input_mean, ONNX_Tensor:$input_var,
                   DefaultValuedAttr<F32Attr, "1e-05">:$epsilon,
                   DefaultValuedAttr<F32Attr, "0.9">:$momentum);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_InstanceNormalizationOp : ONNX_Op<"InstanceNormalization">,
    InlineInfer<"::onnxc::inferSameAsOperand(getOperation(), 0, types, loc)"> {
  let summary = "ONNX InstanceNormalization";
  let arguments = (ins ONNX_Tensor:$input, ONNX_Tensor:$scale, ONNX_Tensor:$B,
                   DefaultValuedAttr<F32Attr, "1e-05">:$epsilon);
  let results = (outs ONNX_Tensor:$output);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_LayerNormalizationOp : ONNX_Op<"LayerNormalization"> {
  let summary = "ONNX LayerNormalization; Mean and InvStdDev in the stash type";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$Scale, ONNX_OptTensor:$B,
                   DefaultValuedAttr<I64Attr, "-1">:$axis,
                   DefaultValuedAttr<F32Attr, "1e-05">:$epsilon,
                   DefaultValuedAttr<I64Attr, "1">:$stash_type);
  let results = (outs ONNX_Tensor:$Y, ONNX_Tensor:$Mean,
                      ONNX_Tensor:$InvStdDev);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

class ONNX_SoftmaxLikeOp<string mnemonic> : ONNX_Op<mnemonic> {
  let summary = "ONNX " # mnemonic # " over one axis (opset >= 13 semantics)";
  let arguments = (ins ONNX_Tensor:$input,
                   DefaultValuedAttr<I64Attr, "-1">:$axis);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}
def ONNX_SoftmaxOp : ONNX_SoftmaxLikeOp<"Softmax">;
def ONNX_LogSoftmaxOp : ONNX_SoftmaxLikeOp<"LogSoftmax">;
def ONNX_HardmaxOp : ONNX_SoftmaxLikeOp<"Hardmax">;

//===----------------------------------------------------------------------===//
// Recurrent layers (opset 14 forms: `layout`)
//===----------------------------------------------------------------------===//

// The attributes every recurrent layer shares.
class ONNX_RecurrentOp<string mnemonic, dag extraIns, dag outs>
    : ONNX_Op<mnemonic> {
  let arguments = !con(
      (ins ONNX_Tensor:$X, ONNX_Tensor:$W, ONNX_Tensor:$R, ONNX_OptTensor:$B,
           ONNX_OptTensor:$sequence_lens, ONNX_OptTensor:$initial_h),
      extraIns,
      (ins OptionalAttr<F32ArrayAttr>:$activation_alpha,
           OptionalAttr<F32ArrayAttr>:$activation_beta,
           OptionalAttr<StrArrayAttr>:$activations,
           OptionalAttr<F32Attr>:$clip,
           DefaultValuedAttr<StrAttr, "\"forward\"">:$direction,
           OptionalAttr<I64Attr>:$hidden_size,
           DefaultValuedAttr<I64Attr, "0">:$layout));
  let results = outs;
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_RNNOp : ONNX_RecurrentOp<"RNN", (ins),
    (outs ONNX_Tensor:$Y, ONNX_Tensor:$Y_h)> {
  let summary = "ONNX RNN (Elman): Ht = f(Xt*W^T + Ht-1*R^T + Wb + Rb)";
}

def ONNX_GRUOp : ONNX_RecurrentOp<"GRU",
    (ins DefaultValuedAttr<I64Attr, "0">:$linear_before_reset),
    (outs ONNX_Tensor:$Y, ONNX_Tensor:$Y_h)> {
  let summary = "ONNX GRU (gates z, r, h)";
}

def ONNX_LSTMOp : ONNX_RecurrentOp<"LSTM",
    (ins ONNX_OptTensor:$initial_c, ONNX_OptTensor:$P,
         DefaultValuedAttr<I64Attr, "0">:$input_forget),
    (outs ONNX_Tensor:$Y, ONNX_Tensor:$Y_h, ONNX_Tensor:$Y_c)> {
  let summary = "ONNX LSTM (gates i, o, f, c; peepholes P)";
}

//===----------------------------------------------------------------------===//
// Quantization
//===----------------------------------------------------------------------===//

// Scales and zero points are a scalar (per tensor), a 1-D tensor along
// `axis` (QuantizeLinear, DequantizeLinear), along the rows of A or the
// columns of B (MatMulInteger, QLinearMatMul), or along the output channels
// (ConvInteger, QLinearConv); a zero point has its scale's shape.

def ONNX_QuantizeLinearOp : ONNX_Op<"QuantizeLinear"> {
  let summary = "ONNX QuantizeLinear: saturate(round(x / y_scale) + y_zero_point)";
  let description = [{
    Rounds halves to even and saturates to the output integer type: the
    zero point's type, else `output_dtype`, else uint8. Float8 and int4
    outputs and blocked quantization (`block_size`) are not supported;
    `saturate` only concerns float8.
  }];
  let arguments = (ins ONNX_Tensor:$x, ONNX_Tensor:$y_scale,
                   ONNX_OptTensor:$y_zero_point,
                   DefaultValuedAttr<I64Attr, "1">:$axis,
                   DefaultValuedAttr<I64Attr, "1">:$saturate,
                   DefaultValuedAttr<I64Attr, "0">:$block_size,
                   DefaultValuedAttr<I64Attr, "0">:$output_dtype);
  let results = (outs ONNX_Tensor:$y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_DequantizeLinearOp : ONNX_Op<"DequantizeLinear"> {
  let summary = "ONNX DequantizeLinear: (x - x_zero_point) * x_scale";
  let arguments = (ins ONNX_Tensor:$x, ONNX_Tensor:$x_scale,
                   ONNX_OptTensor:$x_zero_point,
                   DefaultValuedAttr<I64Attr, "1">:$axis,
                   DefaultValuedAttr<I64Attr, "0">:$block_size);
  let results = (outs ONNX_Tensor:$y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_MatMulIntegerOp : ONNX_Op<"MatMulInteger"> {
  let summary = "ONNX MatMulInteger: (A - a_zero_point) x (B - b_zero_point) in int32";
  let arguments = (ins ONNX_Tensor:$A, ONNX_Tensor:$B,
                   ONNX_OptTensor:$a_zero_point, ONNX_OptTensor:$b_zero_point);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ConvIntegerOp : ONNX_Op<"ConvInteger"> {
  let summary = "ONNX ConvInteger: Conv of x - x_zero_point and w - w_zero_point in int32";
  let arguments = (ins ONNX_Tensor:$x, ONNX_Tensor:$w,
                   ONNX_OptTensor:$x_zero_point, ONNX_OptTensor:$w_zero_point,
                   DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
                   OptionalAttr<I64ArrayAttr>:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group,
                   OptionalAttr<I64ArrayAttr>:$kernel_shape,
                   OptionalAttr<I64ArrayAttr>:$pads,
                   OptionalAttr<I64ArrayAttr>:$strides);
  let results = (outs ONNX_Tensor:$y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_QLinearMatMulOp : ONNX_Op<"QLinearMatMul"> {
  let summary = "ONNX QLinearMatMul (quantized MatMul, requantized to y)";
  let arguments = (ins ONNX_Tensor:$a, ONNX_Tensor:$a_scale,
                   ONNX_Tensor:$a_zero_point, ONNX_Tensor:$b,
                   ONNX_Tensor:$b_scale, ONNX_Tensor:$b_zero_point,
                   ONNX_Tensor:$y_scale, ONNX_Tensor:$y_zero_point);
  let results = (outs ONNX_Tensor:$y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_QLinearConvOp : ONNX_Op<"QLinearConv"> {
  let summary = "ONNX QLinearConv (quantized Conv with an int32 bias, requantized to y)";
  let arguments = (ins ONNX_Tensor:$x, ONNX_Tensor:$x_scale,
                   ONNX_Tensor:$x_zero_point, ONNX_Tensor:$w,
                   ONNX_Tensor:$w_scale, ONNX_Tensor:$w_zero_point,
                   ONNX_Tensor:$y_scale, ONNX_Tensor:$y_zero_point,
                   ONNX_OptTensor:$B,
                   DefaultValuedAttr<StrAttr, "\"NOTSET\"">:$auto_pad,
                   OptionalAttr<I64ArrayAttr>:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group,
                   OptionalAttr<I64ArrayAttr>:$kernel_shape,
                   OptionalAttr<I64ArrayAttr>:$pads,
                   OptionalAttr<I64ArrayAttr>:$strides);
  let results = (outs ONNX_Tensor:$y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Data movement and shape manipulation
//===----------------------------------------------------------------------===//

def ONNX_ShapeOp : ONNX_Op<"Shape"> {
  let summary = "ONNX Shape (with the opset-15 start/end slice)";
  let arguments = (ins ONNX_Tensor:$data,
                   OptionalAttr<I64Attr>:$start, OptionalAttr<I64Attr>:$end);
  let results = (outs ONNX_Tensor:$shape);
  let assemblyFormat = "$data attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_SizeOp : ONNX_Op<"Size"> {
  let summary = "ONNX Size";
  let arguments = (ins ONNX_Tensor:$data);
  let results = (outs ONNX_Tensor:$size);
  let assemblyFormat = "$data attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_ReshapeOp : ONNX_Op<"Reshape"> {
  let summary = "ONNX Reshape";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$shape,
                   DefaultValuedAttr<I64Attr, "0">:$allowzero);
  let results = (outs ONNX_Tensor:$reshaped);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_FlattenOp : ONNX_Op<"Flatten"> {
  let summary = "ONNX Flatten";
  let arguments = (ins ONNX_Tensor:$input, DefaultValuedAttr<I64Attr, "1">:$axis);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def ONNX_TransposeOp : ONNX_Op<"Transpose"> {
  let summary = "ONNX Transpose (no perm: reverse the dims)";
  let arguments = (ins ONNX_Tensor:$data, OptionalAttr<I64ArrayAttr>:$perm);
  let results = (outs ONNX_Tensor:$transposed);
  let assemblyFormat = "$data attr-dict `:` functional-type(operands, results)";
}

def ONNX_ConcatOp : ONNX_Op<"Concat"> {
  let summary = "ONNX Concat";
  let arguments = (ins Variadic<ONNX_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs ONNX_Tensor:$concat_result);
  let assemblyFormat = "$inputs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_SliceOp : ONNX_Op<"Slice"> {
  let summary = "ONNX Slice (starts/ends/axes/steps as inputs, opset >= 10 form)";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$starts,
                   ONNX_Tensor:$ends, ONNX_OptTensor:$axes,
                   ONNX_OptTensor:$steps);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_GatherOp : ONNX_Op<"Gather"> {
  let summary = "ONNX Gather";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$indices,
                   DefaultValuedAttr<I64Attr, "0">:$axis);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_GatherElementsOp : ONNX_Op<"GatherElements"> {
  let summary = "ONNX GatherElements";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$indices,
                   DefaultValuedAttr<I64Attr, "0">:$axis);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ScatterElementsOp : ONNX_Op<"ScatterElements"> {
  let summary = "ONNX ScatterElements (and the older Scatter)";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$indices,
                   ONNX_Tensor:$updates,
                   DefaultValuedAttr<I64Attr, "0">:$axis,
                   DefaultValuedAttr<StrAttr, "\"none\"">:$reduction);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_GatherNDOp : ONNX_Op<"GatherND"> {
  let summary = "ONNX GatherND (the last dim of indices indexes data)";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$indices,
                   DefaultValuedAttr<I64Attr, "0">:$batch_dims);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ScatterNDOp : ONNX_Op<"ScatterND"> {
  let summary = "ONNX ScatterND";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$indices,
                   ONNX_Tensor:$updates,
                   DefaultValuedAttr<StrAttr, "\"none\"">:$reduction);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_TopKOp : ONNX_Op<"TopK"> {
  let summary = "ONNX TopK (opset >= 10 form: K as a 1-D input of one value)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$K,
                   DefaultValuedAttr<I64Attr, "-1">:$axis,
                   DefaultValuedAttr<I64Attr, "1">:$largest,
                   DefaultValuedAttr<I64Attr, "1">:$sorted);
  let results = (outs ONNX_Tensor:$Values, ONNX_Tensor:$Indices);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_NonZeroOp : ONNX_Op<"NonZero"> {
  let summary = "ONNX NonZero (the coordinates of the non-zero elements)";
  let arguments = (ins ONNX_Tensor:$X);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_CompressOp : ONNX_Op<"Compress"> {
  let summary = "ONNX Compress (slices, or without axis elements of the "
                "flattened input, where the condition is true)";
  let arguments = (ins ONNX_Tensor:$input, ONNX_Tensor:$condition,
                   OptionalAttr<I64Attr>:$axis);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_UniqueOp : ONNX_Op<"Unique"> {
  let summary = "ONNX Unique (elements, or with axis slices)";
  let arguments = (ins ONNX_Tensor:$X, OptionalAttr<I64Attr>:$axis,
                   DefaultValuedAttr<I64Attr, "1">:$sorted);
  let results = (outs ONNX_Tensor:$Y, ONNX_Tensor:$indices,
                 ONNX_Tensor:$inverse_indices, ONNX_Tensor:$counts);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_EinsumOp : ONNX_Op<"Einsum"> {
  let summary = "ONNX Einsum (Einstein summation over an equation)";
  let arguments = (ins Variadic<ONNX_Tensor>:$Inputs, StrAttr:$equation);
  let results = (outs ONNX_Tensor:$Output);
  let assemblyFormat = "$Inputs attr-dict `:` functional-type(operands, results)";
}

def ONNX_LRNOp : ONNX_Op<"LRN">,
    InlineInfer<"::onnxc::inferSameAsOperand(getOperation(), 0, types, loc)"> {
  let summary = "ONNX LRN (local response normalisation across channels)";
  let arguments = (ins ONNX_Tensor:$X,
                   DefaultValuedAttr<F32Attr, "0.0001">:$alpha,
                   DefaultValuedAttr<F32Attr, "0.75">:$beta,
                   DefaultValuedAttr<F32Attr, "1.0">:$bias,
                   I64Attr:$size);
  let results = (outs ONNX_Tensor:$Y);
  let extraClassDeclaration = inferInline;
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_ReverseSequenceOp : ONNX_Op<"ReverseSequence"> {
  let summary = "ONNX ReverseSequence (each batch entry's first "
                "sequence_lens[b] steps reversed)";
  let arguments = (ins ONNX_Tensor:$input, ONNX_Tensor:$sequence_lens,
                   DefaultValuedAttr<I64Attr, "1">:$batch_axis,
                   DefaultValuedAttr<I64Attr, "0">:$time_axis);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_MaxUnpoolOp : ONNX_Op<"MaxUnpool"> {
  let summary = "ONNX MaxUnpool (X scattered to the flat indices I of a "
                "zero output)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$I,
                   ONNX_OptTensor:$output_shape,
                   I64ArrayAttr:$kernel_shape,
                   OptionalAttr<I64ArrayAttr>:$pads,
                   OptionalAttr<I64ArrayAttr>:$strides);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_DetOp : ONNX_Op<"Det"> {
  let summary = "ONNX Det (determinants of the trailing square matrices)";
  let arguments = (ins ONNX_Tensor:$X);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_GridSampleOp : ONNX_Op<"GridSample"> {
  let summary = "ONNX GridSample (opset >= 20 form: mode linear, nearest or "
                "cubic; any number of spatial dims)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$grid,
                   DefaultValuedAttr<I64Attr, "0">:$align_corners,
                   DefaultValuedAttr<StrAttr, "\"linear\"">:$mode,
                   DefaultValuedAttr<StrAttr, "\"zeros\"">:$padding_mode);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_RoiAlignOp : ONNX_Op<"RoiAlign"> {
  let summary = "ONNX RoiAlign (opset >= 16 form)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_Tensor:$rois,
                   ONNX_Tensor:$batch_indices,
                   DefaultValuedAttr<StrAttr, "\"half_pixel\"">:$coordinate_transformation_mode,
                   DefaultValuedAttr<StrAttr, "\"avg\"">:$mode,
                   DefaultValuedAttr<I64Attr, "1">:$output_height,
                   DefaultValuedAttr<I64Attr, "1">:$output_width,
                   DefaultValuedAttr<I64Attr, "0">:$sampling_ratio,
                   DefaultValuedAttr<F32Attr, "1.0">:$spatial_scale);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_NonMaxSuppressionOp : ONNX_Op<"NonMaxSuppression"> {
  let summary = "ONNX NonMaxSuppression (selected [batch, class, box] rows)";
  let arguments = (ins ONNX_Tensor:$boxes, ONNX_Tensor:$scores,
                   ONNX_OptTensor:$max_output_boxes_per_class,
                   ONNX_OptTensor:$iou_threshold,
                   ONNX_OptTensor:$score_threshold,
                   DefaultValuedAttr<I64Attr, "0">:$center_point_box);
  let results = (outs ONNX_Tensor:$selected_indices);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_DFTOp : ONNX_Op<"DFT"> {
  let summary = "ONNX DFT (opset >= 20 form: the axis as an input; signals "
                "with a last dim of 1, real, or 2, complex)";
  let arguments = (ins ONNX_Tensor:$input, ONNX_OptTensor:$dft_length,
                   ONNX_OptTensor:$axis,
                   DefaultValuedAttr<I64Attr, "0">:$inverse,
                   DefaultValuedAttr<I64Attr, "0">:$onesided);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_STFTOp : ONNX_Op<"STFT"> {
  let summary = "ONNX STFT (a DFT of each windowed frame)";
  let arguments = (ins ONNX_Tensor:$signal, ONNX_Tensor:$frame_step,
                   ONNX_OptTensor:$window, ONNX_OptTensor:$frame_length,
                   DefaultValuedAttr<I64Attr, "1">:$onesided);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_MelWeightMatrixOp : ONNX_Op<"MelWeightMatrix"> {
  let summary = "ONNX MelWeightMatrix (triangular mel filters over the "
                "bins of a one-sided DFT)";
  let arguments = (ins ONNX_Tensor:$num_mel_bins, ONNX_Tensor:$dft_length,
                   ONNX_Tensor:$sample_rate, ONNX_Tensor:$lower_edge_hertz,
                   ONNX_Tensor:$upper_edge_hertz,
                   DefaultValuedAttr<I64Attr, "1">:$output_datatype);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_TfIdfVectorizerOp : ONNX_Op<"TfIdfVectorizer"> {
  let summary = "ONNX TfIdfVectorizer (n-gram counts of integer rows, "
                "weighted)";
  let arguments = (ins ONNX_Tensor:$X,
                   I64Attr:$max_gram_length, I64Attr:$max_skip_count,
                   I64Attr:$min_gram_length, StrAttr:$mode,
                   I64ArrayAttr:$ngram_counts, I64ArrayAttr:$ngram_indexes,
                   OptionalAttr<I64ArrayAttr>:$pool_int64s,
                   OptionalAttr<StrArrayAttr>:$pool_strings,
                   OptionalAttr<F32ArrayAttr>:$weights);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def ONNX_TriluOp : ONNX_Op<"Trilu"> {
  let summary = "ONNX Trilu (upper or lower triangle of the last two dims)";
  let arguments = (ins ONNX_Tensor:$input, ONNX_OptTensor:$k,
                   DefaultValuedAttr<I64Attr, "1">:$upper);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_OneHotOp : ONNX_Op<"OneHot"> {
  let summary = "ONNX OneHot (depth and [off, on] values as inputs)";
  let arguments = (ins ONNX_Tensor:$indices, ONNX_Tensor:$depth,
                   ONNX_Tensor:$values,
                   DefaultValuedAttr<I64Attr, "-1">:$axis);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_EyeLikeOp : ONNX_Op<"EyeLike"> {
  let summary = "ONNX EyeLike (ones on diagonal k of a 2-D tensor)";
  let arguments = (ins ONNX_Tensor:$input, OptionalAttr<I64Attr>:$dtype,
                   DefaultValuedAttr<I64Attr, "0">:$k);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_CumSumOp : ONNX_Op<"CumSum"> {
  let summary = "ONNX CumSum (running sum along an axis given as an input)";
  let arguments = (ins ONNX_Tensor:$x, ONNX_Tensor:$axis,
                   DefaultValuedAttr<I64Attr, "0">:$exclusive,
                   DefaultValuedAttr<I64Attr, "0">:$reverse);
  let results = (outs ONNX_Tensor:$y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_DepthToSpaceOp : ONNX_Op<"DepthToSpace"> {
  let summary = "ONNX DepthToSpace (NCHW; DCR or CRD order)";
  let arguments = (ins ONNX_Tensor:$input, I64Attr:$blocksize,
                   DefaultValuedAttr<StrAttr, "\"DCR\"">:$mode);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_SpaceToDepthOp : ONNX_Op<"SpaceToDepth"> {
  let summary = "ONNX SpaceToDepth (NCHW)";
  let arguments = (ins ONNX_Tensor:$input, I64Attr:$blocksize);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_SqueezeOp : ONNX_Op<"Squeeze"> {
  let summary = "ONNX Squeeze (axes as an optional input, opset >= 13 form)";
  let arguments = (ins ONNX_Tensor:$data, ONNX_OptTensor:$axes);
  let results = (outs ONNX_Tensor:$squeezed);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_UnsqueezeOp : ONNX_Op<"Unsqueeze"> {
  let summary = "ONNX Unsqueeze (axes as an input, opset >= 13 form)";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$axes);
  let results = (outs ONNX_Tensor:$expanded);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def ONNX_SplitOp : ONNX_Op<"Split"> {
  let summary = "ONNX Split (split sizes as an optional input, opset >= 13 form)";
  let arguments = (ins ONNX_Tensor:$input, ONNX_OptTensor:$split,
                   DefaultValuedAttr<I64Attr, "0">:$axis,
                   OptionalAttr<I64Attr>:$num_outputs);
  let results = (outs Variadic<ONNX_Tensor>:$outputs);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_PadOp : ONNX_Op<"Pad"> {
  let summary = "ONNX Pad (pads, value and axes as inputs, opset >= 18 form)";
  let arguments = (ins ONNX_Tensor:$data, ONNX_Tensor:$pads,
                   ONNX_OptTensor:$constant_value, ONNX_OptTensor:$axes,
                   DefaultValuedAttr<StrAttr, "\"constant\"">:$mode);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ExpandOp : ONNX_Op<"Expand"> {
  let summary = "ONNX Expand (bidirectional broadcast to a shape)";
  let arguments = (ins ONNX_Tensor:$input, ONNX_Tensor:$shape);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_TileOp : ONNX_Op<"Tile"> {
  let summary = "ONNX Tile";
  let arguments = (ins ONNX_Tensor:$input, ONNX_Tensor:$repeats);
  let results = (outs ONNX_Tensor:$output);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

def ONNX_ArgMaxOp : ONNX_Op<"ArgMax"> {
  let summary = "ONNX ArgMax";
  let arguments = (ins ONNX_Tensor:$data, DefaultValuedAttr<I64Attr, "0">:$axis,
                   DefaultValuedAttr<I64Attr, "1">:$keepdims,
                   DefaultValuedAttr<I64Attr, "0">:$select_last_index);
  let results = (outs ONNX_Tensor:$reduced);
  let assemblyFormat = "$data attr-dict `:` functional-type(operands, results)";
}

def ONNX_ArgMinOp : ONNX_Op<"ArgMin"> {
  let summary = "ONNX ArgMin";
  let arguments = (ins ONNX_Tensor:$data, DefaultValuedAttr<I64Attr, "0">:$axis,
                   DefaultValuedAttr<I64Attr, "1">:$keepdims,
                   DefaultValuedAttr<I64Attr, "0">:$select_last_index);
  let results = (outs ONNX_Tensor:$reduced);
  let assemblyFormat = "$data attr-dict `:` functional-type(operands, results)";
}

def ONNX_ResizeOp : ONNX_Op<"Resize"> {
  let summary = "ONNX Resize (roi, scales, sizes as inputs, opset >= 11 form)";
  let arguments = (ins ONNX_Tensor:$X, ONNX_OptTensor:$roi,
                   ONNX_OptTensor:$scales, ONNX_OptTensor:$sizes,
                   DefaultValuedAttr<I64Attr, "0">:$antialias,
                   OptionalAttr<I64ArrayAttr>:$axes,
                   DefaultValuedAttr<StrAttr, "\"half_pixel\"">:$coordinate_transformation_mode,
                   DefaultValuedAttr<F32Attr, "-0.75">:$cubic_coeff_a,
                   DefaultValuedAttr<I64Attr, "0">:$exclude_outside,
                   DefaultValuedAttr<F32Attr, "0.0">:$extrapolation_value,
                   DefaultValuedAttr<StrAttr, "\"stretch\"">:$keep_aspect_ratio_policy,
                   DefaultValuedAttr<StrAttr, "\"nearest\"">:$mode,
                   DefaultValuedAttr<StrAttr, "\"round_prefer_floor\"">:$nearest_mode);
  let results = (outs ONNX_Tensor:$Y);
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Control flow: ONNX subgraphs become regions ending in onnx.Yield
//===----------------------------------------------------------------------===//

def ONNX_YieldOp : Op<ONNX_Dialect, "Yield", [Pure, Terminator, ReturnLike]> {
  let summary = "Returns the outputs of a subgraph";
  let arguments = (ins Variadic<ONNX_Tensor>:$operands);
  let assemblyFormat = "($operands^ `:` type($operands))? attr-dict";
}

def ONNX_IfOp : ONNX_BaseOp<"If", [RecursiveMemoryEffects, NoRegionArguments]> {
  let summary = "ONNX If: then_branch and else_branch as regions";
  let arguments = (ins ONNX_Tensor:$cond);
  let results = (outs Variadic<ONNX_Tensor>:$outputs);
  let regions = (region SizedRegion<1>:$then_branch, SizedRegion<1>:$else_branch);
  let assemblyFormat = "$cond `:` type($cond) `->` type($outputs) $then_branch `else` $else_branch attr-dict";
}

def ONNX_LoopOp : ONNX_BaseOp<"Loop", [RecursiveMemoryEffects]> {
  let summary = "ONNX Loop: body(iteration, cond, carried...) -> (cond, carried..., scans...)";
  let arguments = (ins ONNX_OptTensor:$M, ONNX_OptTensor:$cond,
                   Variadic<ONNX_Tensor>:$v_initial);
  let results = (outs Variadic<ONNX_Tensor>:$v_final_and_scan_outputs);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "`(` $M `,` $cond (`,` $v_initial^)? `)` `:` functional-type(operands, results) $body attr-dict";
}

def ONNX_ScanOp : ONNX_BaseOp<"Scan", [RecursiveMemoryEffects]> {
  let summary = "ONNX Scan (opset >= 9 form): body(state..., scan slices...)";
  let arguments = (ins Variadic<ONNX_Tensor>:$initial_state_and_scan_inputs,
                   I64Attr:$num_scan_inputs,
                   OptionalAttr<I64ArrayAttr>:$scan_input_axes,
                   OptionalAttr<I64ArrayAttr>:$scan_input_directions,
                   OptionalAttr<I64ArrayAttr>:$scan_output_axes,
                   OptionalAttr<I64ArrayAttr>:$scan_output_directions);
  let results = (outs Variadic<ONNX_Tensor>:$final_state_and_scan_outputs);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "`(` $initial_state_and_scan_inputs `)` `:` functional-type(operands, results) $body attr-dict";
}

#endif // ONNXC_ONNX_OPS
