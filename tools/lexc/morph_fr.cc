// `lexc morph-fr`: expansion of hunspell-fr (Dicollecte) into morph-fr.lex.
// (Being written: see the morph module.)
#include "lexc/commands.h"

namespace chancery::lexc {

Status RunMorphFr(const std::vector<std::string>&) {
  return Status::Internal("morph-fr compiler not written yet");
}

}  // namespace chancery::lexc
