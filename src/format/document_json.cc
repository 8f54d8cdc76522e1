#include "format/document_json.h"

#include "format/json_writer.h"

namespace chancery {

namespace {

void WriteSpan(JsonWriter& w, Span s) {
  w.Key("start");
  w.Int(s.start);
  w.Key("end");
  w.Int(s.end);
}

void WriteSpanObject(JsonWriter& w, std::string_view key, Span s) {
  w.Key(key);
  w.BeginObject();
  WriteSpan(w, s);
  w.EndObject();
}

void WriteMeta(JsonWriter& w, const DocumentMeta& m) {
  w.Key("meta");
  w.BeginObject();
  w.Key("headline");
  w.StringOrNull(m.headline);
  if (!m.headline.empty()) WriteSpanObject(w, "headline_span", m.headline_span);
  w.Key("headline_attribution");
  w.StringOrNull(m.headline_attribution);
  w.Key("provider");
  w.StringOrNull(m.provider);
  w.Key("published");
  w.StringOrNull(m.published);
  w.Key("published_local");
  w.StringOrNull(m.published_local);
  w.Key("published_zone");
  w.StringOrNull(m.published_zone);
  w.Key("published_source");
  w.StringOrNull(m.published_source);
  w.Key("dateline");
  w.StringOrNull(m.dateline);
  if (!m.dateline.empty()) WriteSpanObject(w, "dateline_span", m.dateline_span);
  w.Key("update_note");
  w.StringOrNull(m.update_note);
  w.Key("credits");
  w.BeginArray();
  for (const Credit& c : m.credits) {
    w.BeginObject();
    w.Key("role");
    w.String(c.role);
    w.Key("name");
    w.String(c.name);
    WriteSpan(w, c.span);
    w.EndObject();
  }
  w.EndArray();
  WriteSpanObject(w, "body", m.body);
  if (!m.url.empty()) {
    w.Key("url");
    w.String(m.url);
  }
  w.EndObject();
}

void WriteTokens(JsonWriter& w, const Document& doc) {
  w.Key("tokens");
  w.BeginArray();
  for (const Token& t : doc.tokens) {
    w.BeginObject();
    WriteSpan(w, t.span);
    w.Key("text");
    w.String(doc.Slice(t.span));
    if (!t.morph.lemma.empty()) {
      w.Key("lemma");
      w.String(t.morph.lemma);
    }
    w.Key("pos");
    w.String(PartOfSpeechName(t.morph.pos));
    if (t.morph.tense != Tense::kNone) {
      w.Key("tense");
      w.String(TenseName(t.morph.tense));
    }
    if (t.morph.person != 0) {
      w.Key("person");
      w.Int(t.morph.person);
    }
    w.EndObject();
  }
  w.EndArray();
}

void WriteEntities(JsonWriter& w, const Document& doc) {
  w.Key("entities");
  w.BeginArray();
  for (const Entity& e : doc.entities) {
    w.BeginObject();
    w.Key("id"); w.String(e.id);
    w.Key("type"); w.String(e.type);
    w.Key("name"); w.String(e.name);
    w.Key("canonical"); w.StringOrNull(e.canonical);
    w.Key("country"); w.StringOrNull(e.country);
    w.Key("actor"); w.StringOrNull(e.actor);
    w.Key("role"); w.StringOrNull(e.role);
    if (e.has_geo) {
      w.Key("geo");
      w.BeginObject();
      w.Key("lat"); w.Double(e.lat);
      w.Key("lon"); w.Double(e.lon);
      w.Key("geonames_id"); w.Int(e.geonames_id);
      w.EndObject();
    }
    w.Key("mentions");
    w.BeginArray();
    for (const Mention& m : e.mentions) {
      w.BeginObject();
      WriteSpan(w, m.span);
      w.Key("text"); w.String(doc.Slice(m.span));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void WriteTimexes(JsonWriter& w, const Document& doc) {
  w.Key("timexes");
  w.BeginArray();
  for (const Timex& t : doc.timexes) {
    w.BeginObject();
    WriteSpan(w, t.span);
    w.Key("text"); w.String(doc.Slice(t.span));
    w.Key("type"); w.String(t.type);
    w.Key("value"); w.String(t.value);
    if (!t.mod.empty()) {
      w.Key("mod"); w.String(t.mod);
    }
    w.EndObject();
  }
  w.EndArray();
}

void WriteQuotes(JsonWriter& w, const Document& doc) {
  w.Key("quotes");
  w.BeginArray();
  for (const Quote& q : doc.quotes) {
    w.BeginObject();
    WriteSpan(w, q.span);
    w.Key("text"); w.String(doc.Slice(q.span));
    w.Key("kind"); w.String(q.kind);
    w.Key("speaker"); w.StringOrNull(q.speaker);
    w.Key("cue");
    if (q.cue.empty()) {
      w.Null();
    } else {
      w.BeginObject();
      WriteSpan(w, q.cue);
      w.Key("text"); w.String(doc.Slice(q.cue));
      w.EndObject();
    }
    w.Key("cue_lemma"); w.StringOrNull(q.cue_lemma);
    w.Key("act"); w.StringOrNull(q.act);
    w.Key("speaker_mention");
    if (q.speaker_mention.empty()) {
      w.Null();
    } else {
      w.BeginObject();
      WriteSpan(w, q.speaker_mention);
      w.Key("text"); w.String(doc.Slice(q.speaker_mention));
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
}

void WriteActor(JsonWriter& w, std::string_view key, const EventActor& a) {
  w.Key(key);
  w.BeginObject();
  w.Key("entity"); w.StringOrNull(a.entity);
  w.Key("actor"); w.StringOrNull(a.actor);
  if (!a.span.empty()) {
    w.Key("start"); w.Int(a.span.start);
    w.Key("end"); w.Int(a.span.end);
  }
  w.EndObject();
}

void WriteEvents(JsonWriter& w, const Document& doc) {
  w.Key("events");
  w.BeginArray();
  for (const Event& e : doc.events) {
    w.BeginObject();
    w.Key("id"); w.String(e.id);
    w.Key("code"); w.String(e.code);
    w.Key("root"); w.String(e.root);
    w.Key("quad_class"); w.Int(e.quad_class);
    w.Key("goldstein"); w.Double(e.goldstein);
    WriteActor(w, "source", e.source);
    WriteActor(w, "target", e.target);
    w.Key("symmetric"); w.Bool(e.symmetric);
    w.Key("date"); w.StringOrNull(e.date);
    w.Key("modality"); w.String(e.modality);
    w.Key("location");
    if (e.location_name.empty()) {
      w.Null();
    } else {
      w.BeginObject();
      w.Key("name"); w.String(e.location_name);
      w.Key("country"); w.StringOrNull(e.location_country);
      if (e.has_location_geo) {
        w.Key("lat"); w.Double(e.location_lat);
        w.Key("lon"); w.Double(e.location_lon);
      }
      w.EndObject();
    }
    w.Key("sentence"); w.Int(e.sentence);
    WriteSpanObject(w, "evidence", e.evidence);
    WriteSpanObject(w, "predicate", e.predicate);
    w.Key("mentions");
    w.BeginArray();
    for (const Span& m : e.mentions) {
      w.BeginObject();
      w.Key("start"); w.Int(m.start);
      w.Key("end"); w.Int(m.end);
      w.EndObject();
    }
    w.EndArray();
    w.Key("reported_by"); w.StringOrNull(e.reported_by);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void AppendDocumentJson(const Document& doc, const DocumentJsonOptions& options, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id");
  w.String(doc.id);
  w.Key("lang");
  w.String(LanguageCode(doc.lang));
  if (!doc.analysis.empty()) {
    w.Key("analysis");  // what produced this analysis (Pipeline::fingerprint())
    w.String(doc.analysis);
  }
  w.Key("text");
  w.String(doc.text);
  WriteMeta(w, doc.meta);
  w.Key("sentences");
  w.BeginArray();
  for (const Sentence& s : doc.sentences) {
    w.BeginObject();
    WriteSpan(w, s.span);
    w.EndObject();
  }
  w.EndArray();
  if (options.tokens) WriteTokens(w, doc);
  WriteEntities(w, doc);
  WriteTimexes(w, doc);
  WriteQuotes(w, doc);
  WriteEvents(w, doc);
  w.EndObject();
}

void AppendErrorJson(std::string_view id, std::string_view message, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id");
  w.String(id);
  w.Key("error");
  w.String(message);
  w.EndObject();
}

std::string_view PartOfSpeechName(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::kUnknown: return "X";
    case PartOfSpeech::kNoun: return "NOUN";
    case PartOfSpeech::kProperNoun: return "PROPN";
    case PartOfSpeech::kVerb: return "VERB";
    case PartOfSpeech::kAuxiliary: return "AUX";
    case PartOfSpeech::kAdjective: return "ADJ";
    case PartOfSpeech::kAdverb: return "ADV";
    case PartOfSpeech::kPronoun: return "PRON";
    case PartOfSpeech::kDeterminer: return "DET";
    case PartOfSpeech::kPreposition: return "ADP";
    case PartOfSpeech::kConjunction: return "CONJ";
    case PartOfSpeech::kNumeral: return "NUM";
    case PartOfSpeech::kInterjection: return "INTJ";
    case PartOfSpeech::kPunctuation: return "PUNCT";
  }
  return "X";
}

std::string_view TenseName(Tense tense) {
  switch (tense) {
    case Tense::kNone: return "none";
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kImperfect: return "imperfect";
    case Tense::kFuture: return "future";
    case Tense::kConditional: return "conditional";
  }
  return "none";
}

}  // namespace chancery
