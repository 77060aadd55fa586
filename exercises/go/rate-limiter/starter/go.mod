module assay.local/ratelimit

go 1.19
