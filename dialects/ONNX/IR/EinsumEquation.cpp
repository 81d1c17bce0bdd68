//===- EinsumEquation.cpp - Einsum equations, parsed ----------------------===//

#include "onnxc/dialects/ONNX/IR/EinsumEquation.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

namespace onnxc {

namespace {

/// One term: its letters in order and where the ellipsis sits (the number
/// of letters before it), if it has one.
struct Term {
  llvm::SmallVector<char> letters;
  std::optional<size_t> ellipsisAt;
};

bool parseTerm(llvm::StringRef text, llvm::StringRef what, Term &term,
               std::string &error) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (llvm::isAlpha(c)) {
      term.letters.push_back(c);
      continue;
    }
    if (c == '.') {
      if (!text.substr(i).starts_with("...")) {
        error = ("'.' outside an ellipsis '...' in " + what).str();
        return false;
      }
      if (term.ellipsisAt) {
        error = ("more than one ellipsis in " + what).str();
        return false;
      }
      term.ellipsisAt = term.letters.size();
      i += 2;
      continue;
    }
    error = ("invalid character '" + llvm::Twine(c) + "' in " + what).str();
    return false;
  }
  return true;
}

} // namespace

bool parseEinsumEquation(llvm::StringRef equation,
                         llvm::ArrayRef<int64_t> ranks, EinsumEquation &result,
                         std::string &error) {
  std::string compact;
  for (char c : equation)
    if (!llvm::isSpace(c))
      compact.push_back(c);
  llvm::StringRef text(compact);
  size_t arrow = text.find("->");
  llvm::StringRef lhs = text.substr(0, arrow);
  std::optional<llvm::StringRef> rhs;
  if (arrow != llvm::StringRef::npos) {
    rhs = text.substr(arrow + 2);
    if (rhs->contains("->")) {
      error = "more than one '->'";
      return false;
    }
  }
  llvm::SmallVector<llvm::StringRef> termTexts;
  lhs.split(termTexts, ',');
  if (termTexts.size() != ranks.size()) {
    error = ("the equation has " + llvm::Twine(termTexts.size()) +
             " input terms for " + llvm::Twine(ranks.size()) + " inputs")
                .str();
    return false;
  }
  llvm::SmallVector<Term> terms(termTexts.size());
  for (auto [k, t] : llvm::enumerate(termTexts))
    if (!parseTerm(t, ("input term " + llvm::Twine(k)).str(), terms[k], error))
      return false;
  Term out;
  if (rhs && !parseTerm(*rhs, "the output term", out, error))
    return false;

  // Letters: how often each occurs across the inputs.
  std::map<char, int> uses;
  for (const Term &t : terms)
    for (char c : t.letters)
      ++uses[c];
  if (rhs) {
    std::map<char, int> seen;
    for (char c : out.letters) {
      if (!uses.count(c)) {
        error =
            ("output label '" + llvm::Twine(c) + "' appears in no input").str();
        return false;
      }
      if (seen[c]++) {
        error = ("output label '" + llvm::Twine(c) + "' appears twice").str();
        return false;
      }
    }
  }
  bool anyEllipsis =
      llvm::any_of(terms, [](const Term &t) { return t.ellipsisAt; });
  if (rhs && out.ellipsisAt && !anyEllipsis) {
    error = "the output has an ellipsis that no input has";
    return false;
  }
  if (llvm::is_contained(ranks, -1))
    return true; // labels wait for known ranks

  // Ellipsis dims: each term's rank less its letters, aligned at the right.
  int64_t ellipsisRank = 0;
  for (auto [k, t] : llvm::enumerate(terms)) {
    int64_t letters = t.letters.size(), rank = ranks[k];
    if (t.ellipsisAt ? letters > rank : letters != rank) {
      error = ("input term " + llvm::Twine(k) + " has " + llvm::Twine(letters) +
               " labels for an input of rank " + llvm::Twine(rank))
                  .str();
      return false;
    }
    if (t.ellipsisAt)
      ellipsisRank = std::max(ellipsisRank, rank - letters);
  }
  result.ellipsisRank = ellipsisRank;
  auto labelsOf = [&](const Term &t, int64_t ellipsisDims) {
    llvm::SmallVector<EinsumEquation::Label> labels;
    for (auto [i, c] : llvm::enumerate(t.letters)) {
      if (t.ellipsisAt == i)
        for (int64_t p = ellipsisRank - ellipsisDims; p < ellipsisRank; ++p)
          labels.push_back(-1 - static_cast<int>(p));
      labels.push_back(c);
    }
    if (t.ellipsisAt == t.letters.size())
      for (int64_t p = ellipsisRank - ellipsisDims; p < ellipsisRank; ++p)
        labels.push_back(-1 - static_cast<int>(p));
    return labels;
  };
  result.inputs.clear();
  for (auto [k, t] : llvm::enumerate(terms))
    result.inputs.push_back(
        labelsOf(t, ranks[k] - static_cast<int64_t>(t.letters.size())));
  if (rhs) {
    result.output = labelsOf(out, ellipsisRank);
  } else {
    result.output.clear();
    for (int64_t p = 0; p < ellipsisRank; ++p)
      result.output.push_back(-1 - static_cast<int>(p));
    for (auto [c, n] : uses) // std::map: ASCII order
      if (n == 1)
        result.output.push_back(c);
  }
  result.loops = result.output;
  for (const auto &labels : result.inputs)
    for (EinsumEquation::Label l : labels)
      if (!llvm::is_contained(result.loops, l))
        result.loops.push_back(l);
  return true;
}

} // namespace onnxc
