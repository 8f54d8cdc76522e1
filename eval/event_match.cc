#include "event_match.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <tuple>

#include "unicode/fold.h"

namespace chancery::eval {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

uint32_t Intersection(Span a, Span b) {
  uint32_t s = std::max(a.start, b.start), e = std::min(a.end, b.end);
  return e > s ? e - s : 0;
}

bool ActorIn(const std::vector<std::string>& accepted, const std::string& actor, bool country_only) {
  for (const std::string& a : accepted) {
    if (country_only ? a.substr(0, 3) == actor.substr(0, 3) : a == actor) return true;
  }
  return false;
}

bool RootMatches(const GoldEvent& gold, std::string_view code) {
  std::string_view root = RootOf(code);
  if (root.empty()) return false;
  if (RootOf(gold.code) == root) return true;
  for (const std::string& c : gold.alt_codes) {
    if (RootOf(c) == root) return true;
  }
  return false;
}

bool Overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

bool IsMed(const Entity& e) {
  return e.role == "MED" || (e.actor.size() >= 3 && e.actor.compare(e.actor.size() - 3, 3, "MED") == 0);
}

std::string Squeeze(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if (c != ' ' && c != '-' && c != '.') out.push_back(c);
  }
  return out;
}

// Why the actor `a` of `e` is no actor, or "" when it may be one.
std::string ActorProblem(const Document& doc, const Event& e, const EventActor& a, std::string_view publisher) {
  if (a.entity.empty()) return {};
  const Entity* ent = nullptr;
  for (const Entity& x : doc.entities) {
    if (x.id == a.entity) ent = &x;
  }
  if (ent == nullptr) return {};
  const std::string quoted = " '" + ent->name + "'";
  if (ent->type == "city" || ent->type == "place") {
    bool any_inside = false, metonymic_inside = false, metonymic_any = false;
    for (const Mention& m : ent->mentions) {
      bool inside = Overlaps(m.span, e.evidence);
      any_inside |= inside;
      metonymic_inside |= inside && m.metonymic;
      metonymic_any |= m.metonymic;
    }
    if (!(any_inside ? metonymic_inside : metonymic_any)) return "place" + quoted;
  }
  if (ent->type == "person") {
    std::string name = FoldForMatch(ent->name), canonical = FoldForMatch(ent->canonical);
    for (const Credit& c : doc.meta.credits) {
      std::string credited = FoldForMatch(c.name);
      bool same = !credited.empty() && (credited == name || credited == canonical);
      for (const Mention& m : ent->mentions) {
        if (!c.span.empty() && Overlaps(m.span, c.span)) same = true;
      }
      if (same) return "journalist" + quoted;
    }
  }
  if (ent->type == "organization" && IsMed(*ent)) {
    std::string name = Squeeze(FoldForMatch(ent->name)), canonical = Squeeze(FoldForMatch(ent->canonical));
    std::string provider = Squeeze(FoldForMatch(doc.meta.provider));
    std::string pub = Squeeze(publisher);
    bool agency = !provider.empty() && (name == provider || canonical == provider);
    agency |= !pub.empty() && (name.find(pub) != std::string::npos || canonical.find(pub) != std::string::npos);
    for (const Mention& m : ent->mentions) {
      if (!doc.meta.dateline_span.empty() && Overlaps(m.span, doc.meta.dateline_span)) agency = true;
    }
    if (agency) return "news agency or publisher" + quoted;
  }
  return {};
}

}  // namespace

PredictedEvent FromEvent(const Event& e) {
  PredictedEvent p;
  p.code = e.code;
  p.source = e.source.actor;
  p.target = e.target.actor;
  p.date = e.date;
  p.modality = e.modality;
  p.location_name = e.location_name;
  p.location_country = e.location_country;
  p.evidence = e.evidence;
  return p;
}

std::string_view RootOf(std::string_view code) {
  code = Trim(code);
  return code.size() <= 2 ? code : code.substr(0, 2);
}

std::vector<std::string> SplitAlternatives(std::string_view field) {
  std::vector<std::string> out;
  while (true) {
    size_t bar = field.find('|');
    out.emplace_back(Trim(field.substr(0, bar)));
    if (bar == std::string_view::npos) break;
    field.remove_prefix(bar + 1);
  }
  return out;
}

bool CodeMatches(const GoldEvent& gold, std::string_view code) {
  if (code.empty()) return false;
  if (gold.code == code) return true;
  for (const std::string& c : gold.alt_codes) {
    if (c == code) return true;
  }
  return false;
}

bool Matches(const GoldEvent& gold, const PredictedEvent& pred, MatchLevel level) {
  if (level == MatchLevel::kCode ? !CodeMatches(gold, pred.code) : !RootMatches(gold, pred.code)) return false;
  bool country = level == MatchLevel::kCountry;
  if (ActorIn(gold.sources, pred.source, country) && ActorIn(gold.targets, pred.target, country)) return true;
  return gold.symmetric && ActorIn(gold.sources, pred.target, country) &&
         ActorIn(gold.targets, pred.source, country);
}

std::vector<int> MatchEvents(const std::vector<GoldEvent>& gold, const std::vector<PredictedEvent>& pred,
                             MatchLevel level) {
  struct Pair {
    bool overlap, code;
    uint32_t size;
    size_t g, p;
  };
  std::vector<Pair> pairs;
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < pred.size(); ++p) {
      if (!Matches(gold[g], pred[p], level)) continue;
      uint32_t inter = Intersection(gold[g].evidence, pred[p].evidence);
      pairs.push_back({inter > 0, CodeMatches(gold[g], pred[p].code), inter, g, p});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    return std::make_tuple(!a.overlap, !a.code, -int64_t(a.size), a.g, a.p) <
           std::make_tuple(!b.overlap, !b.code, -int64_t(b.size), b.g, b.p);
  });
  std::vector<int> out(gold.size(), -1);
  std::vector<bool> used(pred.size());
  for (const Pair& x : pairs) {
    if (out[x.g] >= 0 || used[x.p]) continue;
    out[x.g] = static_cast<int>(x.p);
    used[x.p] = true;
  }
  return out;
}

bool LocationMatches(const GoldEvent& gold, const PredictedEvent& pred) {
  if (!gold.location_name.empty() && !pred.location_name.empty() &&
      FoldForMatch(gold.location_name) == FoldForMatch(pred.location_name)) {
    return true;
  }
  return !gold.location_country.empty() && gold.location_country == pred.location_country;
}

std::vector<std::string> NeverActorViolations(const Document& doc, const Event& e, std::string_view publisher) {
  std::vector<std::string> out;
  std::string s = ActorProblem(doc, e, e.source, publisher);
  if (!s.empty()) out.push_back("source: " + s);
  std::string t = ActorProblem(doc, e, e.target, publisher);
  if (!t.empty()) out.push_back("target: " + t);
  return out;
}

std::string PublisherLabel(std::string_view source) {
  size_t scheme = source.find("://");
  if (scheme != std::string_view::npos) source.remove_prefix(scheme + 3);
  source = source.substr(0, source.find('/'));
  std::vector<std::string_view> labels;
  while (!source.empty()) {
    size_t dot = source.find('.');
    labels.push_back(source.substr(0, dot));
    if (dot == std::string_view::npos) break;
    source.remove_prefix(dot + 1);
  }
  if (labels.empty()) return {};
  if (labels.size() == 1) return FoldForMatch(labels[0]);
  size_t i = labels.size() - 2;
  // Second-level public suffixes under a country code: bbc.co.uk, abc.net.au.
  static const char* const kSecondLevel[] = {"co", "com", "net", "org", "ac", "gov", "gouv"};
  if (i > 0 && labels.back().size() == 2) {
    for (const char* s : kSecondLevel) {
      if (labels[i] == s) {
        --i;
        break;
      }
    }
  }
  return FoldForMatch(labels[i]);
}

// SHA-1 as in FIPS 180-4.
std::string Sha1Hex(std::string_view bytes) {
  uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
  std::string m(bytes);
  uint64_t bits = static_cast<uint64_t>(bytes.size()) * 8;
  m.push_back(static_cast<char>(0x80));
  while (m.size() % 64 != 56) m.push_back('\0');
  for (int i = 7; i >= 0; --i) m.push_back(static_cast<char>((bits >> (8 * i)) & 0xffu));
  auto rotl = [](uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
  for (size_t block = 0; block < m.size(); block += 64) {
    uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      const auto* p = reinterpret_cast<const unsigned char*>(m.data() + block + 4 * i);
      w[i] = (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
    }
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999u;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1u;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDCu;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6u;
      }
      uint32_t t = rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  char out[41];
  for (int i = 0; i < 5; ++i) std::snprintf(out + 8 * i, 9, "%08x", h[i]);
  return std::string(out, 40);
}

}  // namespace chancery::eval
