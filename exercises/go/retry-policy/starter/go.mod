module assay.local/retry

go 1.19
