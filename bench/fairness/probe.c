// probe PORT SECONDS BODY_FILE [RATE CONNECTIONS]: the look-up's client in bench/fairness, POST /graphql with the body
// in BODY_FILE to 127.0.0.1:PORT for SECONDS over keep-alive HTTP/1.1; prints one JSON line with the fields
// bench/load/post.lua prints for wrk, plus latencySumUs.
// - Closed loop (no RATE): one connection, each request sent when the one before is answered, timed from just before
//   its write to the last byte of its answer (CLOCK_MONOTONIC).
// - Open loop (RATE > 0): requests due at a fixed RATE per second whatever the server does, taken in turn by
//   CONNECTIONS threads, each timed from the moment it was due: a stall counts for every request due during it, not
//   only for the one it held up (no coordinated omission).
//
// Why not wrk for this one connection: on this machine wrk's own latencies for a closed loop on one connection
// added up to 1.15-2.13 times the run's duration (impossible: each request waits for the one before), and its
// p99 under the expensive load (1.6-2.8 ms) was ten times what its own read and write system calls showed in the
// same run (0.17 ms, perf trace). See bench/fairness/README.md, session 9. Blocking calls and nothing else: what
// is timed is the server, the kernel and the scheduler.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

enum outcome { ANSWERED = 0, WRITE_FAILED = -1, READ_FAILED = -2, TIMED_OUT = -3 };

static int port, request_length;
static char request[70000];
static long status_errors, read_errors, write_errors, timeouts;
static int64_t bytes;

// Open loop: the schedule and each due request's latency (-1: not answered).
static int64_t first_due, interval, due_count, next_due;
static int64_t *due_latencies;

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static int connect_to(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons((uint16_t)port);
  inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
  if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
    return -1;
  }
  int one = 1;
  setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  struct timeval timeout = {.tv_sec = 30};  // as wrk's --timeout 30s in run.sh
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  return s;
}

static void count(long *counter) { __atomic_fetch_add(counter, 1, __ATOMIC_RELAXED); }

// Sends the request and reads its whole answer (the look-up's answer always has a Content-Length).
static enum outcome exchange(int s, char *answer, size_t capacity) {
  if (write(s, request, (size_t)request_length) != request_length) {
    count(&write_errors);
    return WRITE_FAILED;
  }
  long got = 0, need = -1;
  while (need < 0 || got < need) {
    ssize_t r = read(s, answer + got, capacity - 1 - (size_t)got);
    if (r <= 0) {
      int timed_out = r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
      count(timed_out ? &timeouts : &read_errors);
      return timed_out ? TIMED_OUT : READ_FAILED;
    }
    got += r;
    answer[got] = 0;
    char *headers_end = need < 0 ? strstr(answer, "\r\n\r\n") : NULL;
    if (headers_end != NULL) {
      char *length = strcasestr(answer, "\r\nContent-Length:");
      if (length == NULL || length > headers_end) {
        count(&read_errors);
        return READ_FAILED;
      }
      need = (headers_end + 4 - answer) + atol(length + 17);
    }
    if (got >= (long)capacity - 1) {
      count(&read_errors);
      return READ_FAILED;
    }
  }
  if (strncmp(answer, "HTTP/1.1 ", 9) != 0 || atoi(answer + 9) >= 400) {
    count(&status_errors);
  }
  __atomic_fetch_add(&bytes, got, __ATOMIC_RELAXED);
  return ANSWERED;
}

static void *take_due_requests(void *unused) {
  (void)unused;
  prctl(PR_SET_TIMERSLACK, 1UL);  // the default 50 us of slack would delay every send
  static __thread char answer[1 << 16];
  int s = connect_to();
  for (int64_t due; s >= 0 && (due = __atomic_fetch_add(&next_due, 1, __ATOMIC_RELAXED)) < due_count;) {
    int64_t at = first_due + due * interval;
    struct timespec t = {.tv_sec = at / 1000000000, .tv_nsec = at % 1000000000};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &t, NULL) == EINTR) {
    }
    if (exchange(s, answer, sizeof answer) != ANSWERED) {
      break;
    }
    due_latencies[due] = now_ns() - at;
  }
  if (s >= 0) {
    close(s);
  }
  return NULL;
}

static int by_value(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

static double percentile_us(const int64_t *sorted, long n, double q) {
  long i = (long)(q * (double)n + 0.999999) - 1;
  return n == 0 ? 0 : sorted[i < 0 ? 0 : (i >= n ? n - 1 : i)] / 1e3;
}

int main(int argc, char **argv) {
  if (argc != 4 && argc != 6) {
    fprintf(stderr, "usage: probe PORT SECONDS BODY_FILE [RATE CONNECTIONS]\n");
    return 2;
  }
  port = atoi(argv[1]);
  double seconds = atof(argv[2]);
  double rate = argc == 6 ? atof(argv[4]) : 0;
  int connections = argc == 6 ? atoi(argv[5]) : 1;
  FILE *file = fopen(argv[3], "rb");
  if (file == NULL || connections < 1 || connections > 256) {
    fprintf(stderr, "probe: cannot read %s, or CONNECTIONS is not 1-256\n", argv[3]);
    return 2;
  }
  static char body[65536];
  size_t body_length = fread(body, 1, sizeof body - 1, file);
  fclose(file);
  request_length = snprintf(request, sizeof request,
      "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json\r\n"
      "Accept: application/graphql-response+json\r\nContent-Length: %zu\r\n\r\n%.*s",
      port, body_length, (int)body_length, body);

  long n = 0;
  int64_t *latencies, sum = 0, start = now_ns();
  if (rate > 0) {
    interval = (int64_t)(1e9 / rate);
    due_count = (int64_t)(seconds * rate);
    due_latencies = latencies = malloc(sizeof(int64_t) * (size_t)due_count);
    for (int64_t i = 0; i < due_count; i++) {
      latencies[i] = -1;
    }
    first_due = start + 20000000;
    pthread_t threads[256];
    for (int i = 0; i < connections; i++) {
      pthread_create(&threads[i], NULL, take_due_requests, NULL);
    }
    for (int i = 0; i < connections; i++) {
      pthread_join(threads[i], NULL);
    }
    for (int64_t i = 0; i < due_count; i++) {
      if (latencies[i] >= 0) {
        latencies[n++] = latencies[i];
        sum += latencies[i];
      }
    }
  } else {
    static char answer[1 << 16];
    long capacity = 1 << 20;
    latencies = malloc(sizeof(int64_t) * (size_t)capacity);
    int s = connect_to();
    if (s < 0) {
      perror("connect");
      return 1;
    }
    for (int64_t end = start + (int64_t)(seconds * 1e9); now_ns() < end;) {
      int64_t sent = now_ns();
      if (exchange(s, answer, sizeof answer) != ANSWERED) {
        break;
      }
      if (n == capacity) {
        capacity *= 2;
        latencies = realloc(latencies, sizeof(int64_t) * (size_t)capacity);
      }
      latencies[n] = now_ns() - sent;
      sum += latencies[n++];
    }
    close(s);
  }
  int64_t duration = now_ns() - start;
  qsort(latencies, (size_t)n, sizeof(int64_t), by_value);
  printf("{\"requests\":%ld,\"durationUs\":%lld,\"bytes\":%lld,\"connectErrors\":0,\"readErrors\":%ld,\"writeErrors\":%ld,"
         "\"timeouts\":%ld,\"statusErrors\":%ld,\"p50Us\":%.1f,\"p90Us\":%.1f,\"p99Us\":%.1f,\"p999Us\":%.1f,\"maxUs\":%.1f,"
         "\"meanUs\":%.1f,\"latencySumUs\":%lld,\"openLoopRate\":%.0f,\"connections\":%d}\n",
      n, (long long)(duration / 1000), (long long)bytes, read_errors, write_errors, timeouts, status_errors,
      percentile_us(latencies, n, 0.50), percentile_us(latencies, n, 0.90), percentile_us(latencies, n, 0.99),
      percentile_us(latencies, n, 0.999), n ? latencies[n - 1] / 1e3 : 0.0, n ? (double)sum / (double)n / 1e3 : 0.0,
      (long long)(sum / 1000), rate, connections);
  free(latencies);
  return read_errors + write_errors + timeouts == 0 && (rate <= 0 || n == due_count) ? 0 : 1;
}
