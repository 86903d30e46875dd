# Writes trend-crosscheck-series.csv and trend-crosscheck.csv: the independent check of the
# trend rules (TrendRule, RollingTrendRule) against R's lm(). Run from this folder:
#   Rscript make-trend-fixture.R
# Each case is a monthly series and a reporting month T. The discrete trend fits the present
# x(m), m in the 12 months to T, against x = m - T (in months); the rolling trend fits r(m),
# the sum of the 12 months to m, present only when all 12 are. Expected flag: "up" when
# slope > 0 and p < 0.05, "down" when slope < 0 and p < 0.05, else "none".
# mps-sample.csv: Metropolitan Police Service monthly recorded-crime totals, summed over the
# London boroughs from the London Datastore's "MPS Borough Level Crime (Historical)" file
# (Open Government Licence v3.0).

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20191)

month_index <- function(ym) { y <- as.integer(substr(ym, 1, 4)); m <- as.integer(substr(ym, 6, 7)); y * 12 + m - 1 }
month_label <- function(i) sprintf("%04d-%02d", i %/% 12, i %% 12 + 1)

series_rows <- list()
result_rows <- list()

fit <- function(id, kind, t_month, months, values) {
  # months: month indices; values: x(m) (NA = missing). Returns a result row.
  t_i <- month_index(t_month)
  window <- (t_i - 11):t_i
  if (kind == "discrete") {
    y <- values[match(window, months)]
  } else {
    y <- sapply(window, function(m) {
      v <- values[match((m - 11):m, months)]
      if (any(is.na(v))) NA else sum(v)
    })
  }
  x <- window - t_i
  keep <- !is.na(y)
  x <- x[keep]; y <- y[keep]
  model <- lm(y ~ x)
  s <- summary(model)$coefficients
  slope <- s["x", "Estimate"]; se <- s["x", "Std. Error"]; tv <- s["x", "t value"]; p <- s["x", "Pr(>|t|)"]
  flag <- if (p < 0.05 && slope > 0) "up" else if (p < 0.05 && slope < 0) "down" else "none"
  data.frame(case = id, kind = kind, t_month = t_month, n = length(y),
             slope = sprintf("%.17g", slope), intercept = sprintf("%.17g", s["(Intercept)", "Estimate"]),
             se = sprintf("%.17g", se), t = sprintf("%.17g", tv), df = length(y) - 2,
             p = sprintf("%.17g", p), flag = flag)
}

add <- function(id, kind, t_month, months, values) {
  series_rows[[length(series_rows) + 1]] <<- data.frame(case = id, month = month_label(months), value = sprintf("%.17g", values))[!is.na(values), ]
  result_rows[[length(result_rows) + 1]] <<- fit(id, kind, t_month, months, values)
}

# Synthetic discrete cases: T = September 2019, the 12 months October 2018 .. September 2019.
t_month <- "2019-09"
months <- (month_index(t_month) - 11):month_index(t_month)
slopes <- c(5, -5, 2, -2, 0.8, -0.8, 0.3, -0.3, 0.05, -0.05, 0, 1.5, -1.5, 10, -10)
for (i in seq_along(slopes)) {
  values <- round(200 + slopes[i] * (months - month_index(t_month)) + rnorm(12, 0, 3), 1)
  add(sprintf("synthetic-%02d", i), "discrete", t_month, months, values)
}

# Gaps: one, two and three missing months (9 of 12 present: the smallest usable window), the
# tested month T among them.
gap_sets <- list(c(4), c(2, 7), c(1, 5, 9), c(12), c(3, 6, 12), c(10, 11, 12))
for (i in seq_along(gap_sets)) {
  values <- round(50 + (-1)^i * 0.9 * (months - month_index(t_month)) + rnorm(12, 0, 2), 2)
  values[gap_sets[[i]]] <- NA
  add(sprintf("gaps-%02d", i), "discrete", t_month, months, values)
}

# Percentages (a ratio measure's x(m)), small and fractional.
for (i in 1:3) {
  values <- round(30 + i * 0.15 * (months - month_index(t_month)) + rnorm(12, 0, 0.6), 3)
  add(sprintf("percent-%02d", i), "discrete", t_month, months, values)
}

# The Metropolitan Police series at several reporting months, discrete and rolling.
mps <- read.csv("mps-sample.csv", stringsAsFactors = FALSE)
mps_cases <- list(
  c("domestic-burglary-mps", "2019-09"), c("domestic-burglary-mps", "2018-03"), c("domestic-burglary-mps", "2020-03"),
  c("robbery-of-personal-property-mps", "2019-09"), c("robbery-of-personal-property-mps", "2018-12"),
  c("violence-with-injury-mps", "2019-06"), c("possession-of-article-with-blade-or-point-mps", "2019-12"))
for (case in mps_cases) {
  rows <- mps[mps$measure == case[1], ]
  m <- month_index(rows$month)
  for (kind in c("discrete", "rolling")) {
    add(sprintf("%s@%s", case[1], case[2]), kind, case[2], m, rows$value)
  }
}

series <- do.call(rbind, series_rows)
series <- series[!duplicated(series[, c("case", "month")]), ]
write.csv(series, "trend-crosscheck-series.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, result_rows), "trend-crosscheck.csv", row.names = FALSE, quote = FALSE)
