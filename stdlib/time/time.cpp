// stdlib/time/time.cpp: the C entry points of package time's functions without a body
// (stdlib/time/time.csp; prototypes in stdlib_bridges.h): the clocks (clock_gettime, as Go's
// runtime reads them: CLOCK_REALTIME for the wall clock, CLOCK_MONOTONIC for nanotime) and
// the local time zone, which the C library computes (localtime_r).
//
// Which zone is local follows Go 1.19's initLocal (src/time/zoneinfo_unix.go): no $TZ means
// /etc/localtime, named "Local"; TZ="" means UTC; TZ="foo" or ":foo" means the tzfile
// /usr/share/zoneinfo/foo (or one of Go's other zoneinfo directories), named "foo"; an
// absolute path is that file, named by the path ("Local" for /etc/localtime); TZ="UTC", or a
// tzfile that does not exist or is not one, means UTC, named "UTC". In the UTC cases the C
// library is not asked (it would read $TZ as a POSIX rule where Go does not). Otherwise the C
// library reads the same file: it interprets $TZ (or /etc/localtime) the same way.
//
// Zone abbreviations are interned: the strings returned point into memory that lives as long
// as the process, so repeated lookups allocate nothing.
#include <cstdio>
#include <cstring>
#include <ctime>
#include <mutex>
#include <set>
#include <string>

#include "stdlib_bridges.h"

namespace {

struct LocalZone {
  bool useC = false;  // false: Local is UTC (Go's fallback)
  std::string name = "UTC";
};

// isTzfile reports whether path names a readable file that begins like a tzfile ("TZif").
bool isTzfile(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char magic[4];
  bool ok = std::fread(magic, 1, 4, f) == 4 && std::memcmp(magic, "TZif", 4) == 0;
  std::fclose(f);
  return ok;
}

LocalZone detect() {
  LocalZone z;
  const char* env = std::getenv("TZ");
  if (env == nullptr) {
    if (isTzfile("/etc/localtime")) {
      z.useC = true;
      z.name = "Local";
    }
  } else if (*env != '\0') {
    std::string tz = env;
    if (tz[0] == ':') tz = tz.substr(1);
    if (!tz.empty() && tz[0] == '/') {
      if (isTzfile(tz)) {
        z.useC = true;
        z.name = tz == "/etc/localtime" ? "Local" : tz;
      }
    } else if (!tz.empty() && tz != "UTC") {
      for (const char* dir : {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"}) {
        if (isTzfile(dir + tz)) {
          z.useC = true;
          z.name = tz;
          break;
        }
      }
    }
  }
  if (z.useC) tzset();
  return z;
}

const LocalZone& local() {
  static std::once_flag once;
  static LocalZone zone;
  std::call_once(once, [] { zone = detect(); });
  return zone;
}

// intern returns s as a csp string whose bytes live as long as the process.
csp_string intern(const std::string& s) {
  static std::mutex mu;
  static std::set<std::string> names;
  if (s.empty()) return {nullptr, 0};
  std::lock_guard<std::mutex> lock(mu);
  const std::string& kept = *names.insert(s).first;
  return {reinterpret_cast<const uint8_t*>(kept.data()), static_cast<int64_t>(kept.size())};
}

csp_string utcName() {
  static const char kUTC[] = "UTC";
  return {reinterpret_cast<const uint8_t*>(kUTC), 3};
}

}  // namespace

extern "C" void csp_time_now(int64_t* sec, int32_t* nsec, int64_t* mono) {
  struct timespec wall, m;
  clock_gettime(CLOCK_REALTIME, &wall);
  clock_gettime(CLOCK_MONOTONIC, &m);
  *sec = static_cast<int64_t>(wall.tv_sec);
  *nsec = static_cast<int32_t>(wall.tv_nsec);
  *mono = static_cast<int64_t>(m.tv_sec) * 1000000000 + m.tv_nsec;
}

extern "C" int64_t csp_time_runtimeNano() {
  struct timespec m;
  clock_gettime(CLOCK_MONOTONIC, &m);
  return static_cast<int64_t>(m.tv_sec) * 1000000000 + m.tv_nsec;
}

// The C library cannot represent every year Go can (its tm_year is an int) and computes the
// zone of very distant years incorrectly. Times that far out are outside every tzfile's list
// of transitions, where Go repeats the zone before the first transition (past) or the
// tzfile's closing rule (future); that rule depends only on the Gregorian calendar, which
// repeats every 400 years. So a time before -1e13 seconds (about year -315000) is asked about
// as -1e13 seconds, and a time after 3200 as the same instant of its year in the 400-year
// cycle of 2800 to 3200.
constexpr int64_t kFarPast = -10000000000000;       // 1e13 seconds before 1970: about year -315000
constexpr int64_t kCycleStart = 26192246400;        // 2800-01-01 00:00:00 UTC
constexpr int64_t kCycleEnd = 38815027200;          // 3200-01-01 00:00:00 UTC
constexpr int64_t kSecondsPer400Years = 12622780800;

extern "C" void csp_time_localZone(int64_t sec, csp_string* name, int64_t* offset, bool* isDST) {
  *name = utcName();
  *offset = 0;
  *isDST = false;
  if (!local().useC) return;
  if (sec < kFarPast) sec = kFarPast;
  if (sec >= kCycleEnd) sec = kCycleStart + (sec - kCycleStart) % kSecondsPer400Years;
  time_t t = static_cast<time_t>(sec);
  struct tm tm;
  if (localtime_r(&t, &tm) == nullptr) return;
  *name = intern(tm.tm_zone != nullptr ? tm.tm_zone : "");
  *offset = static_cast<int64_t>(tm.tm_gmtoff);
  *isDST = tm.tm_isdst > 0;
}

extern "C" csp_string csp_time_localName() {
  const std::string& name = local().name;
  return intern(name);
}

extern "C" bool csp_time_localIsUTC() { return !local().useC; }

// ---- timers (time.csp's Sleep, startTimer, stopTimer, resetTimer) ----
// The runtime's timer heap (runtime/sched/timers.h). A csp timer's callback starts its
// function in a new goroutine (Go's goFunc: AfterFunc), so callbacks never block a worker; a
// channel timer's callback makes its non-blocking send itself (fire_send).

#define GC_THREADS
#include <gc/gc.h>

#include "runtime/process.h"
#include "runtime/sched/sched.h"
#include "runtime/sched/timers.h"

namespace {

void fire_go(csp::rt::Timer* t, int64_t) { csp::rt::go(static_cast<csp_closure*>(t->arg), 0); }

// A channel timer (time.csp's startChanTimer): its tick is Go's sendTime, done right in the
// callback (a non-blocking send of Now()), so that once Stop returns no tick can still
// arrive, as in Go; a goroutine started per tick could send after Stop.
struct ChanTimer {
  void* c;           // chan Time
  int64_t startNano; // time.csp's startNano
  void** loc;        // &time.Local
};

// Known to compiler: time.Time's layout (time.csp).
struct TimeValue {
  uint64_t wall;
  int64_t ext;
  void* loc;
};

void fire_send(csp::rt::Timer* t, int64_t) {
  auto* a = static_cast<ChanTimer*>(t->arg);
  // time.csp's Now, with its constants.
  constexpr int64_t kSecondsPerDay = 86400;
  constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kSecondsPerDay;
  constexpr int64_t kMinWall = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * kSecondsPerDay;
  constexpr uint64_t kHasMonotonic = uint64_t{1} << 63;
  int64_t sec, mono;
  int32_t nsec;
  csp_time_now(&sec, &nsec, &mono);
  mono -= a->startNano;
  sec += kUnixToInternal - kMinWall;
  TimeValue v;
  if (static_cast<uint64_t>(sec) >> 33 != 0) v = {static_cast<uint64_t>(nsec), sec + kMinWall, *a->loc};
  else v = {kHasMonotonic | static_cast<uint64_t>(sec) << 30 | static_cast<uint64_t>(nsec), mono, *a->loc};
  csp::rt::chan_try_send(a->c, &v);
}

void fire_ready(csp::rt::Timer* t, int64_t) { csp::rt::ready(static_cast<csp::rt::G*>(t->arg)); }

// park's unlock step: the sleeper's context is saved, so its timer may fire now.
void add_after_park(void* arg) { csp::rt::timer_add(static_cast<csp::rt::Timer*>(arg)); }

// A new pending timer; its handle for the time package is the Timer's address.
uint64_t start_timer(int64_t when, int64_t period, void (*fn)(csp::rt::Timer*, int64_t), void* arg) {
  csp::rt::Timer* t = csp::rt::timer_new();
  t->when = when;
  t->period = period;
  t->fn = fn;
  t->arg = arg;
  csp::rt::timer_add(t);
  return reinterpret_cast<uint64_t>(t);
}

}  // namespace

extern "C" void csp_time_Sleep(int64_t d) {
  using namespace csp::rt;
  if (d <= 0) return;
  G* g = current();
  if (!g->sleep_timer) g->sleep_timer = timer_new();
  Timer* t = g->sleep_timer;
  int64_t now = nanotime();
  t->when = now + d < now ? INT64_MAX : now + d;
  t->period = 0;
  t->fn = fire_ready;
  t->arg = g;
  park(WaitReason::Sleep, add_after_park, t);
}

extern "C" uint64_t csp_time_startTimer(int64_t when, int64_t period, void* f) {
  return start_timer(when, period, fire_go, f);
}

extern "C" uint64_t csp_time_startChanTimer(int64_t when, int64_t period, void* c, int64_t startNano, void* loc) {
  using namespace csp::rt;
  auto* a = static_cast<ChanTimer*>(GC_MALLOC(sizeof(ChanTimer)));
  if (a == nullptr) die("fatal error: out of memory\n");
  a->c = c;
  a->startNano = startNano;
  a->loc = static_cast<void**>(loc);
  return start_timer(when, period, fire_send, a);
}

extern "C" bool csp_time_stopTimer(uint64_t r) { return csp::rt::timer_del(reinterpret_cast<csp::rt::Timer*>(r)); }

extern "C" bool csp_time_resetTimer(uint64_t r, int64_t when, int64_t period) {
  return csp::rt::timer_reset(reinterpret_cast<csp::rt::Timer*>(r), when, period);
}
