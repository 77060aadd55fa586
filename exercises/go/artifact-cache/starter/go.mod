module assay.local/cache

go 1.19
