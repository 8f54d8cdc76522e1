// The articles the gold in eval/gold/ points at: the shared development corpus
// (data/news/fr.jsonl, en.jsonl) and every dispatch of the shared seed folder (id = file
// name without extension, language detected). Evaluation code only.
#ifndef CHANCERY_EVAL_SHARED_ARTICLES_H_
#define CHANCERY_EVAL_SHARED_ARTICLES_H_

#include <map>
#include <string>

#include "ingest/record.h"

namespace chancery::eval {

// Articles by id, read from the shared folder `shared`; empty if it holds none.
std::map<std::string, InputRecord> LoadSharedArticles(const std::string& shared);

}  // namespace chancery::eval

#endif  // CHANCERY_EVAL_SHARED_ARTICLES_H_
