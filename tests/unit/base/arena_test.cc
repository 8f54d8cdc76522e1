#include "base/arena.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chancery {
namespace {

TEST(Arena, StoredViewsStayValidAcrossBlocks) {
  Arena arena(64);
  std::vector<std::string_view> views;
  for (int i = 0; i < 200; ++i) views.push_back(arena.Store("lemma-" + std::to_string(i)));
  for (int i = 0; i < 200; ++i) EXPECT_EQ(views[i], "lemma-" + std::to_string(i));
}

TEST(Arena, ResetKeepsOneBlock) {
  Arena arena(128);
  for (int i = 0; i < 100; ++i) arena.Store("0123456789");
  EXPECT_GT(arena.MemoryUsage(), 128u);
  arena.Reset();
  EXPECT_EQ(arena.MemoryUsage(), 128u);
  EXPECT_EQ(arena.Store("again"), "again");
}

TEST(Arena, LargeAllocationGetsItsOwnBlock) {
  Arena arena(16);
  std::string big(1000, 'x');
  EXPECT_EQ(arena.Store(big), big);
}

}  // namespace
}  // namespace chancery
