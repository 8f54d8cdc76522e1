// The web UI's assets, embedded at build time (embed_asset.cmake turns
// assets/index.html into a byte array): the server never reads files at run time, so
// there is no path to traverse.
#ifndef CHANCERY_SERVE_ASSETS_H_
#define CHANCERY_SERVE_ASSETS_H_

#include <string_view>

namespace chancery::serve {

// The single page of the web UI (HTML with its CSS and plain JavaScript inline).
std::string_view IndexHtml();

}  // namespace chancery::serve

#endif  // CHANCERY_SERVE_ASSETS_H_
