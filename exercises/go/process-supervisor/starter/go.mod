module assay.local/supervise

go 1.19
