// Reader of morph-fr.lex. Value encoding (written by tools/lexc/morph_fr.cc):
//   value of a form = repeated group { varint lemma_index; varint n; n x varint feature_id }
//   lemma = KeyAt(lemma_index) (the lemma's own key: stored once, viewed in place);
//   the value of the reserved key "\0features" is the feature table, 8 bytes per id:
//   pos, verb_form, tense, mood, person, number, gender, tags (enum values of
//   document/document.h; tags as in morph/internal.h).
// A malformed value yields fewer readings, never a read past the value.
#include <string_view>

#include "morph/internal.h"

namespace chancery::morph_internal {
namespace {

constexpr std::string_view kFeatureKey("\0features", 9);
constexpr size_t kFeatureBytes = 8;

bool ReadVarint(const unsigned char** p, const unsigned char* end, uint32_t* v) {
  uint32_t out = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (*p >= end) return false;
    unsigned char b = *(*p)++;
    out |= static_cast<uint32_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *v = out;
      return true;
    }
  }
  return false;
}

}  // namespace

Status FrenchLexicon::Init(Lexicon lexicon) {
  lex_ = std::move(lexicon);
  std::optional<std::string_view> table = lex_.Find(kFeatureKey);
  if (!table || table->size() % kFeatureBytes != 0 || table->empty()) {
    return Status::Corruption("morph-fr: missing or malformed feature table");
  }
  features_ = reinterpret_cast<const unsigned char*>(table->data());
  feature_count_ = static_cast<uint32_t>(table->size() / kFeatureBytes);
  for (uint32_t i = 0; i < feature_count_; ++i) {
    const unsigned char* f = features_ + i * kFeatureBytes;
    if (f[0] > static_cast<uint8_t>(PartOfSpeech::kPunctuation) ||
        f[1] > static_cast<uint8_t>(VerbForm::kPastParticiple) ||
        f[2] > static_cast<uint8_t>(Tense::kConditional) || f[3] > static_cast<uint8_t>(Mood::kImperative) ||
        f[4] > 3 || f[5] > static_cast<uint8_t>(GramNumber::kPlural) ||
        f[6] > static_cast<uint8_t>(Gender::kFeminine)) {
      return Status::Corruption("morph-fr: feature set out of range");
    }
  }
  return Status::Ok();
}

size_t FrenchLexicon::Lookup(std::string_view lower, Reading* out, size_t max) const {
  if (lower.empty() || lower[0] == '\0') return 0;
  std::optional<std::string_view> value = lex_.Find(lower);
  if (!value) return 0;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(value->data());
  const unsigned char* end = p + value->size();
  size_t n = 0;
  while (p < end) {
    uint32_t lemma_index, count;
    if (!ReadVarint(&p, end, &lemma_index) || !ReadVarint(&p, end, &count)) break;
    if (lemma_index >= lex_.size()) break;
    std::string_view lemma = lex_.KeyAt(lemma_index);
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t id;
      if (!ReadVarint(&p, end, &id)) return n;
      if (id >= feature_count_) continue;
      const unsigned char* f = features_ + id * kFeatureBytes;
      Reading r;
      r.m.lemma = lemma;
      r.m.pos = static_cast<PartOfSpeech>(f[0]);
      r.m.verb_form = static_cast<VerbForm>(f[1]);
      r.m.tense = static_cast<Tense>(f[2]);
      r.m.mood = static_cast<Mood>(f[3]);
      r.m.person = f[4];
      r.m.number = static_cast<GramNumber>(f[5]);
      r.m.gender = static_cast<Gender>(f[6]);
      r.tags = f[7];
      if (n < max) out[n] = r;
      ++n;
    }
  }
  return n;
}

}  // namespace chancery::morph_internal
