# R on the ratings that write-ratings.cs writes: the peer rows of docs/benchmarks.md. Run with Debian's r-base-core:
#   env -u OPENBLAS_L2_SIZE -u OPENBLAS_CORETYPE Rscript benchmarks/peers/peers.R artifacts/peers/ratings.u8
# The bytes are read once and converted to integers outside the timing; each operation runs 2 times as warm-up,
# then 10 times; the best and the median elapsed time are printed.
args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) > 0) args[1] else "artifacts/peers/ratings.u8"
n <- file.size(path)
r <- as.integer(readBin(path, what = "raw", n = n))

measure <- function(name, f) {
  for (i in 1:2) f()
  times <- vapply(1:10, function(i) system.time(f())[["elapsed"]], numeric(1))
  cat(sprintf("%s\t%.1f ms best\t%.1f ms median\t%.2f GB/s (median, of the byte input)\n",
              name, 1000 * min(times), 1000 * median(times), n / median(times) / 1e9))
}

cat(R.version.string, ",", format(n, big.mark = ","), "ratings\n")
stopifnot(sum(tabulate(r + 1L, nbins = 11)) == n)
measure("R tabulate", function() tabulate(r + 1L, nbins = 11))
measure("R NPS (comparisons)", function() 100 * (sum(r >= 9L) - sum(r <= 6L)) / length(r))
