// The web UI's assets, embedded at build time (embed_asset.cmake turns each into a
// byte array): the server never reads files at run time, so
// there is no path to traverse.
#ifndef CHANCERY_SERVE_ASSETS_H_
#define CHANCERY_SERVE_ASSETS_H_

#include <string_view>

namespace chancery::serve {

// The single page of the web UI (HTML with its CSS and plain JavaScript inline).
std::string_view IndexHtml();

// The Explore view's world map (GET /assets/world.json): country outlines as SVG paths
// in an equirectangular projection, {"width","height","scale","countries":[{"id","name",
// "d"}]}, converted at build time from the world-atlas npm package (Natural Earth) by
// tools/world_map.mjs.
std::string_view WorldMapJson();

}  // namespace chancery::serve

#endif  // CHANCERY_SERVE_ASSETS_H_
