// lexc: the lexicon compiler. Build time only; never linked into the product.
//
//   lexc tsv --kind KIND [--fold] [--multi] --out FILE.lex SOURCE.tsv...
//       Generic lexicon from TSV sources: each non-comment line is KEY<TAB>VALUE (the
//       value may itself hold tabs). --fold folds keys with FoldForMatch (the same code
//       the runtime uses); --multi joins the values of a repeated key with '\n',
//       otherwise a repeated key is an error. Lines starting with '#' and blank lines
//       are skipped.
//   lexc morph-fr --aff fr.aff --dic fr.dic --out morph-fr.lex
//       Expands hunspell-fr's Dicollecte dictionary into every inflected form with its
//       readings (see tools/lexc/morph_fr.cc).
//   lexc events --codes C.tsv --predicates P.tsv --grammar G.tsv --agents A.tsv --out F.lex
//       The events stage's lexicon for one language (see tools/lexc/events.cc).
//
// Every command writes the blob atomically, then reads it back through the runtime
// reader to verify it. Exit status 0 on success, 1 on bad input, 2 on usage error.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "lexc/commands.h"

namespace {

void Usage() {
  std::fprintf(stderr,
               "usage: lexc tsv --kind KIND [--fold] [--multi] --out FILE SOURCE...\n"
               "       lexc morph-fr --aff AFF --dic DIC --out FILE\n"
               "       lexc events --codes TSV --predicates TSV --grammar TSV --agents TSV --out FILE\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    Usage();
    return 2;
  }
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const chancery::lexc::Command& c : chancery::lexc::Commands()) {
    if (command == c.name) {
      chancery::Status st = c.run(args);
      if (!st.ok()) {
        std::fprintf(stderr, "lexc %s: %s\n", c.name, st.ToString().c_str());
        return st.code() == chancery::StatusCode::kInvalidArgument ? 2 : 1;
      }
      return 0;
    }
  }
  Usage();
  return 2;
}
