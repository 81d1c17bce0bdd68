//===- RuntimeChecks.cpp - Checks that fail a run with a message ----------===//

#include "onnxc/lowering/ONNXToLinalg/RuntimeChecks.h"
#include "onnxc/lowering/ONNXToLinalg/DataMovementUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/SymbolTable.h"

using namespace mlir;

namespace onnxc {

static constexpr StringLiteral kMessagePrefix = "onnxc_check_message_";

std::string describeNodeForFormat(Operation *op) {
  NameLoc named;
  op->getLoc()->walk([&](Location loc) {
    if (auto n = dyn_cast<NameLoc>(loc)) {
      named = n;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  std::string text = "node ";
  if (named)
    text += "'" + named.getName().str() + "' ";
  text += "(" + op->getName().stripDialect().str() + ")";
  std::string escaped;
  for (char c : text) {
    escaped += c;
    if (c == '%')
      escaped += '%';
  }
  return escaped;
}

/// The constant global holding `text` (NUL-terminated), one per distinct
/// text in the module.
static LLVM::GlobalOp getMessageGlobal(OpBuilder &b, ModuleOp module,
                                       StringRef text) {
  std::string value = (text + Twine('\0')).str();
  unsigned count = 0;
  for (auto global : module.getOps<LLVM::GlobalOp>()) {
    if (!global.getSymName().starts_with(kMessagePrefix))
      continue;
    ++count;
    if (auto attr = dyn_cast_or_null<StringAttr>(global.getValueOrNull());
        attr && attr.getValue() == value)
      return global;
  }
  std::string name;
  do {
    name = (kMessagePrefix + Twine(count++)).str();
  } while (SymbolTable::lookupSymbolIn(module, name));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(module.getBody());
  auto type = LLVM::LLVMArrayType::get(b.getI8Type(), value.size());
  return LLVM::GlobalOp::create(b, module.getLoc(), type, /*isConstant=*/true,
                                LLVM::Linkage::Private, name,
                                b.getStringAttr(value));
}

static func::FuncOp getRuntimeFail(OpBuilder &b, ModuleOp module) {
  if (auto fn = module.lookupSymbol<func::FuncOp>(kRuntimeFailName))
    return fn;
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(module.getBody());
  Type i64 = b.getI64Type();
  auto type = b.getFunctionType(
      {LLVM::LLVMPointerType::get(b.getContext()), i64, i64, i64}, {});
  auto fn = func::FuncOp::create(b, module.getLoc(), kRuntimeFailName, type);
  fn.setPrivate();
  return fn;
}

/// `value` (index or integer) as i64, sign-extended.
static Value toI64(OpBuilder &b, Location loc, Value value) {
  Type i64 = b.getI64Type();
  Type type = value.getType();
  if (type == i64)
    return value;
  if (type.isIndex())
    return arith::IndexCastOp::create(b, loc, i64, value);
  if (type.getIntOrFloatBitWidth() > 64)
    return arith::TruncIOp::create(b, loc, i64, value);
  return arith::ExtSIOp::create(b, loc, i64, value);
}

/// The call; `module` is passed in as the block `b` builds in may not be
/// attached yet (an scf.if under construction).
static void emitRuntimeFailureCall(OpBuilder &b, Location loc, ModuleOp module,
                                   StringRef format, ValueRange values) {
  assert(values.size() <= 3 && "onnxc_rt_fail takes three values");
  LLVM::GlobalOp global = getMessageGlobal(b, module, format);
  func::FuncOp fail = getRuntimeFail(b, module);
  SmallVector<Value> args{LLVM::AddressOfOp::create(b, loc, global)};
  for (Value value : values)
    args.push_back(toI64(b, loc, value));
  while (args.size() < 4)
    args.push_back(arith::ConstantIntOp::create(b, loc, b.getI64Type(), 0));
  func::CallOp::create(b, loc, fail, args);
}

void emitRuntimeFailure(OpBuilder &b, Location loc, Value failed,
                        StringRef format, ValueRange values) {
  Operation *parent = b.getInsertionBlock()->getParentOp();
  auto module = dyn_cast<ModuleOp>(parent);
  if (!module)
    module = parent->getParentOfType<ModuleOp>();
  scf::IfOp::create(b, loc, failed, [&](OpBuilder &nb, Location nloc) {
    emitRuntimeFailureCall(nb, nloc, module, format, values);
    scf::YieldOp::create(nb, nloc);
  });
}

//===----------------------------------------------------------------------===//
// Indices
//===----------------------------------------------------------------------===//

/// True when every element of the constant `indices` is inside the axis.
static bool constantIndicesInRange(Value indices, Value axisSize) {
  DenseIntElementsAttr values;
  std::optional<int64_t> size = getConstantIntValue(axisSize);
  if (!size || !matchPattern(indices, m_Constant(&values)))
    return false;
  return llvm::all_of(values.getValues<APInt>(), [&](const APInt &v) {
    int64_t x = v.getSExtValue();
    return x >= -*size && x < *size;
  });
}

OpFoldResult checkDeclaredSize(OpBuilder &b, Location loc, Operation *op,
                               OpFoldResult counted, RankedTensorType type,
                               int64_t dim, StringRef what) {
  if (type.isDynamicDim(dim))
    return counted;
  int64_t declared = type.getDimSize(dim);
  IndexMath m(b, loc);
  Cond differs = m.cmp(arith::CmpIPredicate::ne, counted, m.cst(declared));
  if (!(differs.known && !*differs.known)) {
    Value failed = differs.known
                       ? arith::ConstantIntOp::create(b, loc, 1, 1).getResult()
                       : differs.value;
    emitRuntimeFailure(b, loc, failed,
                       describeNodeForFormat(op) + ": dim " +
                           std::to_string(dim) + " of " + what.str() +
                           " is %lld at run time, the model declares %lld",
                       {m.value(counted),
                        arith::ConstantIndexOp::create(b, loc, declared)});
  }
  return b.getIndexAttr(declared);
}

void emitValueRangeCheck(OpBuilder &b, Location loc, Value values, Value low,
                         Value high, StringRef format, Value extra) {
  auto type = cast<RankedTensorType>(values.getType());
  auto element = cast<IntegerType>(type.getElementType());
  unsigned width = element.getWidth();
  int64_t rank = type.getRank();

  // The largest and the smallest value in one reduction. Their starting
  // values pass the check, so empty tensors do too.
  auto filled = [&](const APInt &value) {
    Value c =
        arith::ConstantOp::create(b, loc, IntegerAttr::get(element, value));
    Value empty = tensor::EmptyOp::create(b, loc, ArrayRef<int64_t>{}, element);
    return linalg::FillOp::create(b, loc, c, empty).getResult(0);
  };
  SmallVector<Value> inits{filled(APInt::getSignedMinValue(width)),
                           filled(APInt::getSignedMaxValue(width))};
  AffineMap scalar = AffineMap::get(rank, 0, {}, b.getContext());
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank), scalar, scalar};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::reduction);
  auto extremes = linalg::GenericOp::create(
      b, loc, TypeRange(ValueRange(inits)), ValueRange{values}, inits, maps,
      iterators, [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value largest = arith::MaxSIOp::create(nb, nloc, args[0], args[1]);
        Value smallest = arith::MinSIOp::create(nb, nloc, args[0], args[2]);
        linalg::YieldOp::create(nb, nloc, ValueRange{largest, smallest});
      });

  using P = arith::CmpIPredicate;
  Value largest =
      toI64(b, loc, tensor::ExtractOp::create(b, loc, extremes.getResult(0)));
  Value smallest =
      toI64(b, loc, tensor::ExtractOp::create(b, loc, extremes.getResult(1)));
  Value tooLow = arith::CmpIOp::create(b, loc, P::slt, smallest, toI64(b, loc, low));
  Value tooHigh =
      arith::CmpIOp::create(b, loc, P::sgt, largest, toI64(b, loc, high));
  Value failed = arith::OrIOp::create(b, loc, tooLow, tooHigh);
  Value offending = arith::SelectOp::create(b, loc, tooLow, smallest, largest);
  emitRuntimeFailure(b, loc, failed, format, {offending, toI64(b, loc, extra)});
}

void emitIndexRangeCheck(OpBuilder &b, Location loc, Operation *op,
                         Value indices, Value axisSize, int64_t axis) {
  if (constantIndicesInRange(indices, axisSize))
    return;
  Value size = toI64(b, loc, axisSize);
  Value zero = arith::ConstantIntOp::create(b, loc, b.getI64Type(), 0);
  Value one = arith::ConstantIntOp::create(b, loc, b.getI64Type(), 1);
  std::string format = describeNodeForFormat(op) +
                       ": index %lld is out of range for axis " +
                       std::to_string(axis) + " of size %lld";
  emitValueRangeCheck(b, loc, indices, arith::SubIOp::create(b, loc, zero, size),
                      arith::SubIOp::create(b, loc, size, one), format, size);
}

//===----------------------------------------------------------------------===//
// Broadcasting
//===----------------------------------------------------------------------===//

namespace {
/// An operand dim that takes part in a result dim (not a static 1).
struct BroadcastDim {
  unsigned operand; // position in `operands`
  int64_t dim;      // the operand's own dim
  int64_t staticSize;
  Value size; // index; created on demand
};
} // namespace

/// A copy of `operand` (rank r, the trailing dims of a result of rank
/// `rank`) whose dynamic dims take the result's sizes: a dim of size 1 is
/// broadcast, any other is read clamped to its end (a failed check; the run
/// goes on in bounds), and an empty operand reads as zeros.
static Value broadcastCopy(OpBuilder &b, Location loc, Value operand,
                           ArrayRef<Value> resultSizes) {
  auto type = cast<RankedTensorType>(operand.getType());
  int64_t r = type.getRank(), offset = resultSizes.size() - r;
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  SmallVector<Value> dims(r), sizes, isOne(r), last(r);
  Value empty = arith::ConstantIntOp::create(b, loc, 0, 1);
  for (int64_t j = 0; j < r; ++j) {
    if (!type.isDynamicDim(j))
      continue;
    dims[j] = tensor::DimOp::create(b, loc, operand, j);
    sizes.push_back(resultSizes[offset + j]);
    isOne[j] =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, dims[j], one);
    last[j] = arith::SubIOp::create(b, loc, dims[j], one);
    empty = arith::OrIOp::create(
        b, loc, empty,
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, dims[j], zero));
  }
  Value init = tensor::EmptyOp::create(b, loc, type, sizes);
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(r)};
  SmallVector<utils::IteratorType> iterators(r, utils::IteratorType::parallel);
  Type elementType = type.getElementType();
  return linalg::GenericOp::create(
             b, loc, TypeRange{type}, ValueRange{}, ValueRange{init}, maps,
             iterators,
             [&](OpBuilder &nb, Location l, ValueRange) {
               SmallVector<Value> at;
               for (int64_t j = 0; j < r; ++j) {
                 Value i = linalg::IndexOp::create(nb, l, j);
                 if (type.isDynamicDim(j))
                   i = arith::SelectOp::create(
                       nb, l, isOne[j], zero,
                       arith::MinSIOp::create(nb, l, i, last[j]));
                 else if (type.getDimSize(j) == 1)
                   i = zero;
                 at.push_back(i);
               }
               auto read = scf::IfOp::create(
                   nb, l, empty,
                   [&](OpBuilder &tb, Location tl) {
                     scf::YieldOp::create(
                         tb, tl,
                         ValueRange{arith::ConstantOp::create(
                             tb, tl, tb.getZeroAttr(elementType))});
                   },
                   [&](OpBuilder &eb, Location el) {
                     scf::YieldOp::create(eb, el,
                                          ValueRange{tensor::ExtractOp::create(
                                              eb, el, operand, at)});
                   });
               linalg::YieldOp::create(nb, l, read.getResult(0));
             })
      .getResult(0);
}

SmallVector<Value> emitBroadcastChecks(OpBuilder &b, Location loc,
                                       Operation *op,
                                       RankedTensorType resultType,
                                       SmallVectorImpl<Value> &operands,
                                       ArrayRef<unsigned> operandNumbers,
                                       std::optional<unsigned> target) {
  using P = arith::CmpIPredicate;
  int64_t rank = resultType.getRank();
  std::string node = describeNodeForFormat(op);
  // One tensor.dim per dynamic operand dim, so that a result size that is
  // an operand's own dim is recognised as such below.
  DenseMap<std::pair<unsigned, int64_t>, Value> operandDims;
  auto dimOf = [&](unsigned k, int64_t j) {
    Value &dim = operandDims[{k, j}];
    if (!dim)
      dim = tensor::DimOp::create(b, loc, operands[k], j);
    return dim;
  };
  auto sizeOf = [&](BroadcastDim &d) {
    if (!d.size)
      d.size =
          ShapedType::isDynamic(d.staticSize)
              ? dimOf(d.operand, d.dim)
              : Value(arith::ConstantIndexOp::create(b, loc, d.staticSize));
    return d.size;
  };
  Value one = arith::ConstantIndexOp::create(b, loc, 1);

  // The size of every result dim: static where the type says so or a static
  // operand dim other than 1 decides it; otherwise the largest operand dim
  // that is not 1 (numpy: 1 broadcasts, 0 stays 0), or 1.
  SmallVector<Value> resultSizes(rank), dynamicSizes;
  for (int64_t i = 0; i < rank; ++i) {
    SmallVector<BroadcastDim> dims;
    for (auto [k, operand] : llvm::enumerate(operands)) {
      auto type = cast<RankedTensorType>(operand.getType());
      int64_t j = i - (rank - type.getRank());
      if (j < 0 || type.getDimSize(j) == 1)
        continue;
      dims.push_back({static_cast<unsigned>(k), j, type.getDimSize(j), {}});
    }
    // With a target, its dim decides (unidirectional broadcasting).
    std::optional<size_t> decides;
    if (target) {
      auto targetType = cast<RankedTensorType>(operands[*target].getType());
      int64_t j = i - (rank - targetType.getRank());
      if (j >= 0) {
        auto it = llvm::find_if(
            dims, [&](const BroadcastDim &d) { return d.operand == *target; });
        if (it == dims.end()) { // the target's static 1
          dims.push_back({*target, j, 1, {}});
          decides = dims.size() - 1;
        } else {
          decides = it - dims.begin();
        }
      }
    }
    int64_t staticSize = resultType.getDimSize(i);
    if (ShapedType::isDynamic(staticSize)) {
      if (decides)
        staticSize = dims[*decides].staticSize;
      else
        for (const BroadcastDim &d : dims)
          if (!ShapedType::isDynamic(d.staticSize))
            staticSize = d.staticSize;
    }
    Value size;
    if (!ShapedType::isDynamic(staticSize)) {
      size = arith::ConstantIndexOp::create(b, loc, staticSize);
    } else if (decides) {
      size = sizeOf(dims[*decides]);
    } else if (dims.size() == 1) {
      size = sizeOf(dims[0]);
    } else if (dims.empty()) {
      size = one;
    } else {
      Value largest = arith::ConstantIndexOp::create(b, loc, 0);
      Value anyNotOne = arith::ConstantIntOp::create(b, loc, 0, 1);
      for (BroadcastDim &d : dims) {
        Value notOne = arith::CmpIOp::create(b, loc, P::ne, sizeOf(d), one);
        anyNotOne = arith::OrIOp::create(b, loc, anyNotOne, notOne);
        largest = arith::MaxUIOp::create(
            b, loc, largest,
            arith::SelectOp::create(b, loc, notOne, sizeOf(d),
                                    arith::ConstantIndexOp::create(b, loc, 0)));
      }
      size = arith::SelectOp::create(b, loc, anyNotOne, largest, one);
    }
    resultSizes[i] = size;
    if (resultType.isDynamicDim(i))
      dynamicSizes.push_back(size);
    // An operand dim must be 1 or the result's size. Without a target, a
    // static dim decided the size or was checked by the verifier; with one,
    // it may differ from the target's dim at run time.
    for (auto [index, d] : llvm::enumerate(dims)) {
      if ((decides && index == *decides) || sizeOf(d) == size ||
          (!ShapedType::isDynamic(d.staticSize) &&
           (!decides || !ShapedType::isDynamic(staticSize))))
        continue;
      Value failed = arith::AndIOp::create(
          b, loc, arith::CmpIOp::create(b, loc, P::ne, sizeOf(d), one),
          arith::CmpIOp::create(b, loc, P::ne, sizeOf(d), size));
      emitRuntimeFailure(b, loc, failed,
                         node + ": dim " + std::to_string(d.dim) +
                             " of input " +
                             std::to_string(operandNumbers[d.operand]) +
                             " has size %lld, which does not broadcast to "
                             "%lld",
                         {sizeOf(d), size});
    }
    // A static result dim that no operand's static dim implies comes from
    // the model's declared shape: the operands must produce it (with a
    // target, the target must have it), not broadcast a 1 up to it.
    int64_t declared = resultType.getDimSize(i);
    if (ShapedType::isDynamic(declared) || declared == 1)
      continue;
    Value wrong;
    if (decides) {
      if (ShapedType::isDynamic(dims[*decides].staticSize))
        wrong =
            arith::CmpIOp::create(b, loc, P::ne, sizeOf(dims[*decides]), size);
    } else if (llvm::none_of(dims, [&](const BroadcastDim &d) {
                 return d.staticSize == declared;
               })) {
      wrong = arith::ConstantIntOp::create(b, loc, 1, 1);
      for (BroadcastDim &d : dims)
        wrong = arith::AndIOp::create(
            b, loc, wrong,
            arith::CmpIOp::create(b, loc, P::ne, sizeOf(d), size));
    }
    if (wrong)
      emitRuntimeFailure(b, loc, wrong,
                         node + ": dim " + std::to_string(i) +
                             " of the output is not %lld, the size the "
                             "model declares",
                         {size});
  }

  // The generic's loops take their sizes from the operands, so each operand
  // whose dynamic dims may differ from the result's at run time becomes, in
  // that case, a copy with the result's sizes (a broadcast of its 1s); when
  // they agree, it is used as it is.
  for (auto [k, operand] : llvm::enumerate(operands)) {
    auto type = cast<RankedTensorType>(operand.getType());
    int64_t offset = rank - type.getRank();
    Value differs;
    for (int64_t j = 0; j < type.getRank(); ++j) {
      if (!type.isDynamicDim(j))
        continue;
      Value dim = dimOf(k, j);
      if (dim == resultSizes[offset + j])
        continue; // the result's size is this very dim
      Value ne =
          arith::CmpIOp::create(b, loc, P::ne, dim, resultSizes[offset + j]);
      differs =
          differs ? arith::OrIOp::create(b, loc, differs, ne).getResult() : ne;
    }
    if (!differs)
      continue;
    Value original = operand;
    auto adjusted = scf::IfOp::create(
        b, loc, differs,
        [&](OpBuilder &tb, Location tl) {
          scf::YieldOp::create(
              tb, tl, ValueRange{broadcastCopy(tb, tl, original, resultSizes)});
        },
        [&](OpBuilder &eb, Location el) {
          scf::YieldOp::create(eb, el, ValueRange{original});
        });
    operand = adjusted.getResult(0);
  }
  return dynamicSizes;
}

Value emitAxesMask(OpBuilder &b, Location loc, Operation *op, Value axes,
                   int64_t rank, bool isUnsigned,
                   std::optional<int64_t> expectedCount) {
  using P = arith::CmpIPredicate;
  Type i64 = b.getI64Type();
  auto cst = [&](int64_t v) -> Value {
    return arith::ConstantIntOp::create(b, loc, i64, v);
  };
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value count = tensor::DimOp::create(b, loc, axes, 0);
  Value rankValue = cst(rank);
  // Carried: the dims named so far, whether some entry named a dim twice,
  // whether some entry is out of range, and the last such entry.
  Value no = arith::ConstantIntOp::create(b, loc, 0, 1);
  auto loop = scf::ForOp::create(
      b, loc, zero, count, one, ValueRange{cst(0), no, no, cst(0)},
      [&](OpBuilder &lb, Location ll, Value j, ValueRange carried) {
        Value entry = tensor::ExtractOp::create(lb, ll, axes, ValueRange{j});
        if (entry.getType().getIntOrFloatBitWidth() < 64)
          entry = isUnsigned
                      ? arith::ExtUIOp::create(lb, ll, i64, entry).getResult()
                      : arith::ExtSIOp::create(lb, ll, i64, entry).getResult();
        Value negative = arith::CmpIOp::create(lb, ll, P::slt, entry, cst(0));
        Value axis = arith::SelectOp::create(
            lb, ll, negative, arith::AddIOp::create(lb, ll, entry, rankValue),
            entry);
        Value inRange = arith::AndIOp::create(
            lb, ll, arith::CmpIOp::create(lb, ll, P::sge, axis, cst(0)),
            arith::CmpIOp::create(lb, ll, P::slt, axis, rankValue));
        Value bit = arith::ShLIOp::create(
            lb, ll, cst(1),
            arith::SelectOp::create(lb, ll, inRange, axis, cst(0)));
        bit = arith::SelectOp::create(lb, ll, inRange, bit, cst(0));
        Value seen = arith::CmpIOp::create(
            lb, ll, P::ne, arith::AndIOp::create(lb, ll, carried[0], bit),
            cst(0));
        Value outOfRange = arith::XOrIOp::create(
            lb, ll, inRange, arith::ConstantIntOp::create(lb, ll, 1, 1));
        scf::YieldOp::create(
            lb, ll,
            ValueRange{arith::OrIOp::create(lb, ll, carried[0], bit),
                       arith::OrIOp::create(lb, ll, carried[1], seen),
                       arith::OrIOp::create(lb, ll, carried[2], outOfRange),
                       arith::SelectOp::create(lb, ll, outOfRange, entry,
                                               carried[3])});
      });
  emitRuntimeFailure(b, loc, loop.getResult(2),
                     describeNodeForFormat(op) +
                         ": axis %lld is out of range for rank %lld",
                     {loop.getResult(3), rankValue});
  emitRuntimeFailure(b, loc, loop.getResult(1),
                     describeNodeForFormat(op) + ": an axis is repeated", {});
  if (expectedCount) {
    Value countI64 = arith::IndexCastOp::create(b, loc, i64, count);
    emitRuntimeFailure(
        b, loc,
        arith::CmpIOp::create(b, loc, P::ne, countI64, cst(*expectedCount)),
        describeNodeForFormat(op) +
            ": axes has %lld entries at run time, the result's rank needs "
            "%lld",
        {countI64, cst(*expectedCount)});
  }
  return loop.getResult(0);
}

Value maskBit(OpBuilder &b, Location loc, Value mask, int64_t d) {
  Type i64 = b.getI64Type();
  Value shifted = arith::ShRUIOp::create(
      b, loc, mask, arith::ConstantIntOp::create(b, loc, i64, d));
  return arith::TruncIOp::create(b, loc, b.getI1Type(), shifted);
}

void emitMatMulChecks(OpBuilder &b, Location loc, Operation *op, Value &a,
                      Value &bMatrix) {
  using P = arith::CmpIPredicate;
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(bMatrix.getType());
  int64_t ra = aType.getRank(), rb = bType.getRank();
  Type i64 = b.getI64Type();
  std::string node = describeNodeForFormat(op);
  auto toI64 = [&](Value v) -> Value {
    return arith::IndexCastOp::create(b, loc, i64, v);
  };

  // The contraction dims.
  int64_t ka = ra - 1, kb = rb == 1 ? 0 : rb - 2;
  if (aType.isDynamicDim(ka) || bType.isDynamicDim(kb)) {
    Value x = tensor::DimOp::create(b, loc, a, ka);
    Value y = tensor::DimOp::create(b, loc, bMatrix, kb);
    emitRuntimeFailure(b, loc, arith::CmpIOp::create(b, loc, P::ne, x, y),
                       node + ": the contraction dims differ: A has %lld, B "
                              "%lld",
                       {toI64(x), toI64(y)});
    Value shared = arith::MinSIOp::create(b, loc, x, y);
    auto cut = [&](Value v, int64_t dim) {
      auto type = cast<RankedTensorType>(v.getType());
      SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes,
          strides(type.getRank(), b.getIndexAttr(1));
      for (int64_t d = 0; d < type.getRank(); ++d)
        sizes.push_back(d == dim ? OpFoldResult(shared)
                                 : tensor::getMixedSize(b, loc, v, d));
      SmallVector<int64_t> shape(type.getShape());
      shape[dim] = ShapedType::kDynamic;
      return tensor::ExtractSliceOp::create(
          b, loc, RankedTensorType::get(shape, type.getElementType()), v,
          offsets, sizes, strides);
    };
    a = cut(a, ka);
    bMatrix = cut(bMatrix, kb);
  }

  // The batch dims, aligned from the right.
  int64_t batchA = ra >= 2 ? ra - 2 : 0, batchB = rb >= 2 ? rb - 2 : 0;
  int64_t batch = std::max(batchA, batchB);
  SmallVector<Value> outSizes(batch);
  bool dynamicBatch = false;
  for (int64_t i = 0; i < batch; ++i) {
    int64_t ia = i - (batch - batchA), ib = i - (batch - batchB);
    int64_t sa = ia >= 0 ? aType.getDimSize(ia) : 1;
    int64_t sb = ib >= 0 ? bType.getDimSize(ib) : 1;
    // Static dims were checked at compile time; against a missing or static
    // 1 dim, the other decides (a 1 broadcasts through the indexing map).
    if ((!ShapedType::isDynamic(sa) && !ShapedType::isDynamic(sb)) ||
        ia < 0 || ib < 0 || sa == 1 || sb == 1)
      continue;
    dynamicBatch = true;
    Value x = ia >= 0 ? tensor::DimOp::create(b, loc, a, ia).getResult()
                      : arith::ConstantIndexOp::create(b, loc, 1).getResult();
    Value y = ib >= 0 ? tensor::DimOp::create(b, loc, bMatrix, ib).getResult()
                      : arith::ConstantIndexOp::create(b, loc, 1).getResult();
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value xIsOne = arith::CmpIOp::create(b, loc, P::eq, x, one);
    Value yIsOne = arith::CmpIOp::create(b, loc, P::eq, y, one);
    Value bad = arith::AndIOp::create(
        b, loc, arith::CmpIOp::create(b, loc, P::ne, x, y),
        arith::AndIOp::create(
            b, loc,
            arith::XOrIOp::create(b, loc, xIsOne,
                                  arith::ConstantIntOp::create(b, loc, 1, 1)),
            arith::XOrIOp::create(b, loc, yIsOne,
                                  arith::ConstantIntOp::create(b, loc, 1, 1))));
    emitRuntimeFailure(
        b, loc, bad,
        node + ": batch dim %lld of A (%lld) and of B (%lld) do not broadcast",
        {arith::ConstantIntOp::create(b, loc, i64, i), toI64(x), toI64(y)});
    outSizes[i] = arith::SelectOp::create(b, loc, xIsOne, y, x);
  }
  if (!dynamicBatch)
    return;
  // Each operand with a dynamic batch dim that may differ from the result's
  // takes a broadcast copy (its trailing matrix dims as they are).
  auto adjust = [&](Value &v, int64_t batchRank) {
    auto type = cast<RankedTensorType>(v.getType());
    int64_t rank = type.getRank();
    SmallVector<Value> sizes(rank);
    Value differs;
    for (int64_t d = 0; d < rank; ++d) {
      if (!type.isDynamicDim(d))
        continue;
      int64_t i = d - (batchRank - batch);
      if (d >= batchRank || !outSizes[i]) {
        sizes[d] = tensor::DimOp::create(b, loc, v, d);
        continue;
      }
      sizes[d] = outSizes[i];
      Value ne = arith::CmpIOp::create(
          b, loc, P::ne, tensor::DimOp::create(b, loc, v, d), outSizes[i]);
      differs =
          differs ? arith::OrIOp::create(b, loc, differs, ne).getResult() : ne;
    }
    if (!differs)
      return;
    Value original = v;
    v = scf::IfOp::create(
            b, loc, differs,
            [&](OpBuilder &tb, Location tl) {
              scf::YieldOp::create(
                  tb, tl, ValueRange{broadcastCopy(tb, tl, original, sizes)});
            },
            [&](OpBuilder &eb, Location el) {
              scf::YieldOp::create(eb, el, ValueRange{original});
            })
            .getResult(0);
  };
  if (ra >= 3)
    adjust(a, batchA);
  if (rb >= 3)
    adjust(bMatrix, batchB);
}

} // namespace onnxc
